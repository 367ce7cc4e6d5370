namespace Inclusief.Web.Features.ImageBank;

public enum PhotoStatus
{
    Shown,
    Withdrawn,
}

/// <summary>
/// A photo for the programme's own pages and for the media (seed 001: non-stereotypical images). It carries
/// its credit, licence, usage terms and alt text, and the consent of every recognisable person shown. When one
/// of them withdraws, the photo is withdrawn everywhere: its files are deleted and every place that shows it
/// (the gallery, a knowledge item's cover, an image in a text) finds nothing any more. The record stays, so
/// the withdrawal can be shown to have happened.
/// </summary>
public class Photo
{
    public const int TitleMaxLength = 150;
    public const int AltMaxLength = 300;
    public const int MaxTags = 15;
    public const int TagMaxLength = 40;

    /// <summary>The widths kept for responsive pages; a photo smaller than a width is not enlarged.</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 960, 1600];

    /// <summary>The longest side of the copy that media accounts download.</summary>
    public const int DownloadMaxSide = 3000;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Title { get; private set; } = "";

    public string AltText { get; private set; } = "";

    /// <summary>The alt text in other languages than the Dutch <see cref="AltText"/>.</summary>
    public List<Infrastructure.Localization.TranslatedText> AltTextTranslations { get; private set; } = [];

    public string Credit { get; private set; } = "";

    public PhotoLicence Licence { get; private set; }

    public string UsageTerms { get; private set; } = "";

    /// <summary>Tags separated by '|', lower case.</summary>
    public string Tags { get; private set; } = "";

    /// <summary>Nobody in the photo can be recognised (hands, backs, a street), so no consent is needed.</summary>
    public bool NoRecognisablePeople { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>Random file-name prefix of the stored copies (<c>{prefix}-{width}.jpg</c> and <c>{prefix}-full.jpg</c>).</summary>
    public string FilePrefix { get; private set; } = "";

    /// <summary>The widths actually stored, separated by '|'.</summary>
    public string StoredWidths { get; private set; } = "";

    public PhotoStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public string CreatedById { get; private set; } = "";

    public DateTime? WithdrawnAt { get; private set; }

    public int Downloads { get; private set; }

    public List<PhotoConsent> Consents { get; private set; } = [];

    public sealed record Description(string Title, string AltText, IReadOnlyDictionary<string, string?> AltTextIn, string Credit, PhotoLicence Licence, string UsageTerms, IReadOnlyList<string> Tags, bool NoRecognisablePeople);

    public static Photo Add(Description description, int width, int height, string filePrefix, IReadOnlyList<int> storedWidths, string createdById, DateTime now)
    {
        var photo = new Photo
        {
            Width = width,
            Height = height,
            FilePrefix = filePrefix,
            StoredWidths = string.Join('|', storedWidths),
            CreatedById = createdById,
            CreatedAt = now,
            Status = PhotoStatus.Shown,
        };
        photo.Describe(description);
        return photo;
    }

    public bool IsShown => Status == PhotoStatus.Shown;

    public IReadOnlyList<int> WidthList => StoredWidths.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    public IReadOnlyList<string> TagList => Tags.Split('|', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The media may download it when it is shown and everyone recognisable agreed to use by the media.</summary>
    public bool AllowsMediaUse => IsShown && (NoRecognisablePeople || (Consents.Count > 0 && Consents.All(c => c.Scope == ConsentScope.ProgrammeAndMedia)));

    public void Describe(Description description)
    {
        if (!IsShown)
        {
            throw new RuleException("Deze foto is teruggetrokken en kan niet meer veranderen.");
        }
        Title = description.Title.Trim();
        AltText = description.AltText.Trim();
        AltTextTranslations.Clear();
        AltTextTranslations.AddRange(description.AltTextIn
            .Where(t => t.Key != Infrastructure.Localization.Cultures.Dutch && Infrastructure.Localization.Cultures.IsSupported(t.Key) && !string.IsNullOrWhiteSpace(t.Value))
            .Select(t => new Infrastructure.Localization.TranslatedText { Culture = t.Key, Text = t.Value!.Trim() }));
        Credit = description.Credit.Trim();
        Licence = description.Licence;
        UsageTerms = description.UsageTerms.Trim();
        Tags = string.Join('|', description.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal));
        NoRecognisablePeople = description.NoRecognisablePeople;
    }

    public PhotoConsent RecordConsent(string? personLabel, DateOnly? givenOn, ConsentScope scope, string? recordReference, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(personLabel) || personLabel.Length > PhotoConsent.PersonMaxLength || givenOn is null || !Enum.IsDefined(scope)
            || recordReference?.Length > PhotoConsent.ReferenceMaxLength)
        {
            throw new RuleException("Vul in wie er op staat (hoogstens {0} tekens) en de datum van de toestemming.", PhotoConsent.PersonMaxLength);
        }
        if (!IsShown)
        {
            throw new RuleException("Deze foto is teruggetrokken en kan niet meer veranderen.");
        }
        var consent = new PhotoConsent(personLabel.Trim(), givenOn.Value, scope, string.IsNullOrWhiteSpace(recordReference) ? null : recordReference.Trim(), now);
        Consents.Add(consent);
        return consent;
    }

    /// <summary>One person withdraws: the photo goes everywhere at once. The caller deletes the files.</summary>
    public void WithdrawConsent(Guid consentId, DateTime now)
    {
        var consent = Consents.FirstOrDefault(c => c.Id == consentId) ?? throw new RuleException("Deze toestemming hoort niet bij deze foto.");
        consent.Withdraw(now);
        Withdraw(now);
    }

    public void Withdraw(DateTime now)
    {
        Status = PhotoStatus.Withdrawn;
        WithdrawnAt ??= now;
    }

    public void CountDownload() => Downloads++;
}
