namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// A reader's report of a comment, one per reader per comment. Who reported is kept only to count each reader once;
/// neither the author nor the coordinators are shown it.
/// </summary>
public class CommentReport
{
    public const int NoteMaxLength = 1000;

    /// <summary>The most reports an account makes in <see cref="Window"/>: enough for any reader, too few to bury the queue from one fresh account.</summary>
    public const int PerWindow = 20;

    public static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public Guid CommentId { get; private set; }

    public string ReporterId { get; private set; } = "";

    public CommentReportReason Reason { get; private set; }

    public string? Note { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Set when a coordinator dealt with the comment (hid it, restored it or found nothing wrong).</summary>
    public DateTime? ResolvedAt { get; private set; }

    public void Resolve(DateTime now) => ResolvedAt ??= now;

    public static CommentReport File(Comment comment, string reporterId, CommentReportReason reason, string? note, DateTime now)
    {
        RuleException.Unless(comment.AuthorId != reporterId, "Je eigen reactie kun je bewerken of verwijderen; melden is voor reacties van anderen.");
        RuleException.Unless(Enum.IsDefined(reason), "Kies een reden.");
        RuleException.Unless((note?.Trim().Length ?? 0) <= NoteMaxLength, "De toelichting is hoogstens {0} tekens.", NoteMaxLength);
        return new CommentReport
        {
            CommentId = comment.Id,
            ReporterId = reporterId,
            Reason = reason,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedAt = now,
        };
    }
}
