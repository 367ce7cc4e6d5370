namespace Inclusief.Web.Features.Conversation;

/// <summary>An account that may not comment for now (or until a coordinator lifts it), with the reason it is told.</summary>
public class CommentingSuspension
{
    public const int ReasonMaxLength = 500;

    public string UserId { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTime SuspendedAt { get; private set; }

    /// <summary>Null: until a coordinator lifts it.</summary>
    public DateTime? Until { get; private set; }

    public bool HoldsAt(DateTime now) => Until is null || Until > now;

    public static CommentingSuspension Start(string userId, string reason, DateTime now, DateTime? until)
    {
        var suspension = new CommentingSuspension { UserId = userId };
        suspension.Renew(reason, now, until);
        return suspension;
    }

    /// <summary>A new suspension of an account that had one: the new reason and end replace the old.</summary>
    public void Renew(string reason, DateTime now, DateTime? until)
    {
        RuleException.Unless(!string.IsNullOrWhiteSpace(reason), "Geef de reden; de schrijver leest die.");
        RuleException.Unless(reason.Trim().Length <= ReasonMaxLength, "De reden is hoogstens {0} tekens.", ReasonMaxLength);
        RuleException.Unless(until is null || until > now, "Kies een einddatum in de toekomst, of laat hem leeg.");
        (Reason, SuspendedAt, Until) = (reason.Trim(), now, until);
    }
}
