namespace Inclusief.Web.Features.ImageBank;

public enum ConsentScope
{
    /// <summary>The programme's own website, newsletter and publications.</summary>
    Programme,

    /// <summary>Also handed to journalists and media through the image bank.</summary>
    ProgrammeAndMedia,
}

/// <summary>
/// The consent of one recognisable person in a photo. Only a label (initials or a pseudonym) and where the
/// signed form is kept: the image bank holds no names or contact details of the people shown.
/// </summary>
public class PhotoConsent(string personLabel, DateOnly givenOn, ConsentScope scope, string? recordReference, DateTime recordedAt)
{
    public const int PersonMaxLength = 60;

    public const int ReferenceMaxLength = 100;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid PhotoId { get; private set; }

    public string PersonLabel { get; private set; } = personLabel;

    public DateOnly GivenOn { get; private set; } = givenOn;

    public ConsentScope Scope { get; private set; } = scope;

    /// <summary>Where the signed consent form is filed (for example "map 2026, nr. 14").</summary>
    public string? RecordReference { get; private set; } = recordReference;

    public DateTime RecordedAt { get; private set; } = recordedAt;

    public DateTime? WithdrawnAt { get; private set; }

    public void Withdraw(DateTime now) => WithdrawnAt ??= now;
}
