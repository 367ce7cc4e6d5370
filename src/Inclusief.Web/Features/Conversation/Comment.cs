namespace Inclusief.Web.Features.Conversation;

/// <summary>
/// A reaction under a pseudonym, or a reply to one (one level deep). The author may edit it for a quarter of an
/// hour and delete it; a coordinator may hide it with a reason the author reads. A deleted or hidden comment leaves a
/// placeholder, so the replies under it still read as a conversation.
/// </summary>
public class Comment
{
    public const int TextMaxLength = 2000;
    public const int HiddenReasonMaxLength = 500;

    /// <summary>How audit entries name a comment.</summary>
    public const string SubjectType = "comment";

    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public CommentSubjectKind SubjectKind { get; private set; }

    public string SubjectKey { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    /// <summary>Null once the author's account is deleted: the words go, the thread stays readable.</summary>
    public string? AuthorId { get; private set; }

    public string Text { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime? EditedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    public DateTime? HiddenAt { get; private set; }

    public string? HiddenReason { get; private set; }

    public int Version { get; private set; }

    public bool IsGone => DeletedAt is not null || HiddenAt is not null;

    /// <summary>Hidden for half a year, its words were erased (<see cref="ConversationRetention"/>): it can no longer be restored.</summary>
    public bool WordsErased => HiddenAt is not null && Text.Length == 0;

    /// <summary>A new comment; its id is chosen when the form was shown, so a second click of the same form finds this comment instead of writing another.</summary>
    public static Comment Write(CommentSubject subject, Comment? parent, string authorId, string text, DateTime now, Guid? id = null)
    {
        if (parent is not null)
        {
            RuleException.Unless(parent.SubjectKind == subject.Kind && parent.SubjectKey == subject.Key, "Deze reactie hoort niet bij dit onderwerp.");
            RuleException.Unless(parent.ParentId is null, "Je kunt alleen op een reactie zelf antwoorden, niet op een antwoord.");
            RuleException.Unless(!parent.IsGone, "Deze reactie is weg; je kunt er niet meer op antwoorden.");
        }
        return new Comment
        {
            Id = id ?? Guid.NewGuid(),
            SubjectKind = subject.Kind,
            SubjectKey = subject.Key,
            ParentId = parent?.Id,
            AuthorId = authorId,
            Text = Checked(text),
            CreatedAt = now,
        };
    }

    public bool CanBeEditedBy(string? userId, DateTime now) => userId is not null && userId == AuthorId && !IsGone && now - CreatedAt <= EditWindow;

    public void Edit(string userId, string text, DateTime now)
    {
        RuleException.Unless(userId == AuthorId, "Alleen de schrijver kan een reactie bewerken.");
        RuleException.Unless(!IsGone, "Deze reactie is weg en kan niet meer worden bewerkt.");
        RuleException.Unless(now - CreatedAt <= EditWindow, "Een reactie kun je tot een kwartier na het plaatsen bewerken. Die tijd is voorbij.");
        var checkedText = Checked(text);
        if (checkedText != Text)
        {
            Text = checkedText;
            EditedAt = now;
            Version++;
        }
    }

    public void Delete(string userId, DateTime now)
    {
        RuleException.Unless(userId == AuthorId, "Alleen de schrijver kan een reactie verwijderen.");
        RuleException.Unless(DeletedAt is null, "Deze reactie is al verwijderd.");
        DeletedAt = now;
        Text = "";
        Version++;
    }

    public void Hide(string reason, DateTime now)
    {
        RuleException.Unless(DeletedAt is null, "Deze reactie is al verwijderd door de schrijver.");
        RuleException.Unless(HiddenAt is null, "Deze reactie is al verborgen.");
        RuleException.Unless(!string.IsNullOrWhiteSpace(reason), "Geef de reden; de schrijver leest die.");
        HiddenAt = now;
        HiddenReason = reason.Trim();
        Version++;
    }

    public void Restore()
    {
        RuleException.Unless(HiddenAt is not null && DeletedAt is null, "Alleen een verborgen reactie kan worden teruggezet.");
        RuleException.Unless(!WordsErased, "De woorden van deze reactie zijn gewist, een half jaar nadat ze werd verborgen; terugzetten kan niet meer.");
        HiddenAt = null;
        HiddenReason = null;
        Version++;
    }

    private static string Checked(string text)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(text), "Schrijf je reactie.");
        RuleException.Unless(text.Trim().Length <= TextMaxLength, "Een reactie is hoogstens {0} tekens.", TextMaxLength);
        return text.Trim();
    }
}
