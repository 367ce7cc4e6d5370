namespace Inclusief.Web.Features.Knowledge;

/// <summary>
/// An article, essay, report, guide, method, teaching module, podcast/video or news item. The author may sign
/// with a pseudonym; an editor (coordinator) publishes. Links to sub-projects, events, results and municipal
/// policy records are kept as ids, as the newsletter does.
/// </summary>
public class KnowledgeItem
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 600;
    public const int BodyMaxLength = 100_000;

    public int Id { get; private set; }

    public KnowledgeKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>Markdown; rendered through the sanitiser, never trusted as HTML.</summary>
    public string Body { get; private set; } = "";

    /// <summary>"nl" or "en": the language the item is written in, which also picks the search stemmer on PostgreSQL.</summary>
    public string Language { get; private set; } = "nl";

    /// <summary>The name shown as author: a pseudonym is enough.</summary>
    public string AuthorName { get; private set; } = "";

    public string CreatedById { get; private set; } = "";

    public KnowledgeStatus Status { get; private set; }

    public KnowledgeVisibility Visibility { get; private set; }

    /// <summary>For podcasts and videos: where to listen or watch (https only; never embedded, so no third party loads with the page).</summary>
    public string? MediaUrl { get; private set; }

    public Guid? CoverImageId { get; private set; }

    public string TargetGroupIds { get; private set; } = "";

    public string ProjectIds { get; private set; } = "";

    public string EventIds { get; private set; } = "";

    public string ResultIds { get; private set; } = "";

    /// <summary>CBS codes of municipalities whose policy record this item is about.</summary>
    public string MunicipalityCodes { get; private set; } = "";

    /// <summary>What the editor asked the author to change when sending the item back.</summary>
    public string? ReviewNote { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public const int NoteMaxLength = 2000;

    public const int MaxAttachments = 10;

    private readonly List<KnowledgeTheme> _themes = [];

    private readonly List<KnowledgeLesson> _lessons = [];

    private readonly List<KnowledgeAttachment> _attachments = [];

    public IReadOnlyList<KnowledgeTheme> Themes => _themes;

    public IReadOnlyList<KnowledgeLesson> Lessons => _lessons;

    public IReadOnlyList<KnowledgeAttachment> Attachments => _attachments;

    public sealed record Draft(
        KnowledgeKind Kind,
        string Title,
        string Summary,
        string Body,
        string Language,
        string AuthorName,
        KnowledgeVisibility Visibility,
        string? MediaUrl,
        Guid? CoverImageId,
        IReadOnlyList<string> Themes,
        IReadOnlyList<Guid> TargetGroups,
        IReadOnlyList<Guid> Projects,
        IReadOnlyList<Guid> Events,
        IReadOnlyList<Guid> Results,
        IReadOnlyList<string> Municipalities);

    public static KnowledgeItem Start(Draft draft, string createdById, DateTime now)
    {
        var item = new KnowledgeItem { CreatedById = createdById, CreatedAt = now, Status = KnowledgeStatus.Draft };
        item.Edit(draft, now);
        return item;
    }

    public bool IsPublic => Status == KnowledgeStatus.Published && Visibility == KnowledgeVisibility.Public;

    public IReadOnlyList<Guid> TargetGroupList => ParseIds(TargetGroupIds);

    public IReadOnlyList<Guid> ProjectList => ParseIds(ProjectIds);

    public IReadOnlyList<Guid> EventList => ParseIds(EventIds);

    public IReadOnlyList<Guid> ResultList => ParseIds(ResultIds);

    public IReadOnlyList<string> MunicipalityList => MunicipalityCodes.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public void Edit(Draft draft, DateTime now)
    {
        if (Status == KnowledgeStatus.Archived)
        {
            throw new RuleException("Een gearchiveerd stuk kan niet meer veranderen. Zet het eerst terug.");
        }
        Kind = draft.Kind;
        Title = draft.Title.Trim();
        Summary = draft.Summary.Trim();
        Body = draft.Body.Trim();
        Language = Infrastructure.Localization.Cultures.IsSupported(draft.Language) ? draft.Language : throw new RuleException("Kies een taal uit de lijst.");
        AuthorName = draft.AuthorName.Trim();
        Visibility = draft.Visibility;
        MediaUrl = string.IsNullOrWhiteSpace(draft.MediaUrl) ? null : draft.MediaUrl.Trim();
        CoverImageId = draft.CoverImageId;
        TargetGroupIds = string.Join('|', draft.TargetGroups.Distinct());
        ProjectIds = string.Join('|', draft.Projects.Distinct());
        EventIds = string.Join('|', draft.Events.Distinct());
        ResultIds = string.Join('|', draft.Results.Distinct());
        MunicipalityCodes = string.Join('|', draft.Municipalities.Distinct(StringComparer.Ordinal));
        var names = draft.Themes.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        _themes.RemoveAll(t => !names.Contains(t.Name, StringComparer.Ordinal));
        foreach (var name in names.Where(n => Themes.All(t => t.Name != n)))
        {
            _themes.Add(new KnowledgeTheme(name));
        }
        UpdatedAt = now;
    }

    public void SubmitForReview(DateTime now)
    {
        RuleException.Unless(Status == KnowledgeStatus.Draft, "Alleen een concept kan ter beoordeling worden aangeboden.");
        StepTo(KnowledgeStatus.InReview, null, now);
    }

    public void Publish(DateTime now)
    {
        RuleException.Unless(Status != KnowledgeStatus.Published, "Dit stuk is al gepubliceerd.");
        RuleException.Unless(Kind != KnowledgeKind.TeachingModule || Lessons.Count > 0, "Een lesmodule heeft minstens één les nodig voordat hij gepubliceerd wordt.");
        RuleException.Unless(Kind != KnowledgeKind.Media || MediaUrl is not null, "Een podcast of video heeft een link nodig voordat hij gepubliceerd wordt.");
        StepTo(KnowledgeStatus.Published, null, now);
        PublishedAt ??= now;
    }

    public void ReturnToAuthor(string? note, DateTime now)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(note) && note.Length <= NoteMaxLength, "Schrijf de auteur in hoogstens {0} tekens wat er nog moet veranderen.", NoteMaxLength);
        RuleException.Unless(Status == KnowledgeStatus.InReview, "Alleen een stuk dat ter beoordeling ligt kan terug naar de auteur.");
        StepTo(KnowledgeStatus.Draft, note!.Trim(), now);
    }

    public void Archive(DateTime now)
    {
        RuleException.Unless(Status == KnowledgeStatus.Published, "Alleen een gepubliceerd stuk kan worden gearchiveerd.");
        StepTo(KnowledgeStatus.Archived, null, now);
    }

    /// <summary>A step in the editorial flow; the editors' note stays only with the step that returns the item to its author.</summary>
    private void StepTo(KnowledgeStatus status, string? reviewNote, DateTime now)
    {
        Status = status;
        ReviewNote = reviewNote;
        UpdatedAt = now;
    }

    /// <summary>Whether this person wrote the item (and so may open it in the editor).</summary>
    public bool IsWrittenBy(string? userId) => userId is not null && CreatedById == userId;

    /// <summary>An editor may change anything not archived; the author only a draft (not while it is in review or published).</summary>
    public bool MayChange(bool byEditor) => byEditor ? Status != KnowledgeStatus.Archived : Status == KnowledgeStatus.Draft;

    public KnowledgeLesson AddLesson(string? title, string? body)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > TitleMaxLength)
        {
            throw new RuleException("Geef de les een titel van hoogstens {0} tekens.", TitleMaxLength);
        }
        if ((body?.Length ?? 0) > BodyMaxLength)
        {
            throw RuleException.TooLong("De les", BodyMaxLength);
        }
        var lesson = new KnowledgeLesson(_lessons.Count == 0 ? 1 : _lessons.Max(l => l.Position) + 1, title.Trim(), (body ?? "").Trim());
        _lessons.Add(lesson);
        return lesson;
    }

    /// <summary>Checked before a file is stored, so a refused attachment leaves no file behind.</summary>
    public void EnsureRoomForAttachment()
    {
        RuleException.Unless(_attachments.Count < MaxAttachments, "Een stuk heeft hoogstens {0} bijlagen.", MaxAttachments);
    }

    public void Attach(KnowledgeAttachment attachment)
    {
        EnsureRoomForAttachment();
        _attachments.Add(attachment);
    }

    /// <summary>Removes the attachment; the caller deletes its stored file once the change is saved.</summary>
    public KnowledgeAttachment? Detach(Guid attachmentId)
    {
        var found = _attachments.FirstOrDefault(a => a.Id == attachmentId);
        if (found is not null)
        {
            _attachments.Remove(found);
        }
        return found;
    }

    /// <summary>Swaps a lesson with its neighbour; positions stay 1..n.</summary>
    public void MoveLesson(Guid lessonId, int direction) =>
        Ordering.Move(_lessons, l => l.Position, (l, position) => l.MoveTo(position), l => l.Id == lessonId, direction);

    public void RemoveLesson(Guid lessonId)
    {
        _lessons.RemoveAll(l => l.Id == lessonId);
        var position = 1;
        foreach (var lesson in _lessons.OrderBy(l => l.Position))
        {
            lesson.MoveTo(position++);
        }
    }

    private static List<Guid> ParseIds(string ids) => ids.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
