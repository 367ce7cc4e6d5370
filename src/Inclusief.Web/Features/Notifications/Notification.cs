
namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Something that happened in what someone follows, for them: in "Mijn meldingen", and by mail at once or in a digest.
/// It names the item and links to it; it never holds the words of a comment.
/// </summary>
public class Notification
{
    public const int TitleMaxLength = 200;
    public const int PathMaxLength = 300;

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string UserId { get; private set; } = "";

    public NotificationKind Kind { get; private set; }

    /// <summary>What it is about, to ask again before mailing whether the person may still read it.</summary>
    public FollowTarget Target { get; private set; }

    public string TargetKey { get; private set; } = "";

    public string Title { get; private set; } = "";

    /// <summary>The page on this site, from the root.</summary>
    public string Path { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    /// <summary>Set once it went out by mail (at once, in a digest, or by a feature's own mail), or when no mail is to go.</summary>
    public DateTime? MailedAt { get; private set; }

    public static Notification For(string userId, NotificationKind kind, FollowTarget target, string targetKey, string title, string path, DateTime now) => new()
    {
        UserId = userId,
        Kind = kind,
        Target = target,
        TargetKey = targetKey,
        Title = title.Length <= TitleMaxLength ? title : string.Concat(title.AsSpan(0, TitleMaxLength - 1), "…"),
        Path = path,
        CreatedAt = now,
    };

    public void MarkMailed(DateTime now) => MailedAt ??= now;
}
