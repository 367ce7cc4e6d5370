namespace Inclusief.Web.Features.Notifications;

/// <summary>What happened. Each kind (but a moderator's message, which always comes at once) has its own delivery setting.</summary>
public enum NotificationKind
{
    Comment,
    Reply,
    IdeaStatus,
    ProjectNews,
    NewEvent,
    NewKnowledge,
    FeedbackRound,
    Moderation,
}

public static class NotificationKinds
{
    /// <summary>The kinds a person sets a delivery for. A feedback round's invitation is mailed by the round itself; a moderator's message comes at once.</summary>
    public static readonly IReadOnlyList<NotificationKind> Chosen =
        [NotificationKind.Comment, NotificationKind.Reply, NotificationKind.IdeaStatus, NotificationKind.ProjectNews, NotificationKind.NewEvent, NotificationKind.NewKnowledge];

    public static string Label(NotificationKind kind) => kind switch
    {
        NotificationKind.Comment => "Nieuwe reacties op wat je volgt",
        NotificationKind.Reply => "Antwoorden op jouw reacties",
        NotificationKind.IdeaStatus => "Een idee dat je volgt verandert van status",
        NotificationKind.ProjectNews => "Nieuws en resultaten uit deelprojecten die je volgt",
        NotificationKind.NewEvent => "Nieuwe bijeenkomsten in de agenda",
        NotificationKind.NewKnowledge => "Nieuw in kennisthema's die je volgt",
        NotificationKind.FeedbackRound => "Feedbackrondes voor jou",
        _ => "Berichten van een moderator",
    };

    /// <summary>One line in the list and the mail: what happened, with the item's title as {0}. Never the words of a comment.</summary>
    public static string Line(NotificationKind kind) => kind switch
    {
        NotificationKind.Comment => "Nieuwe reactie bij ‘{0}’",
        NotificationKind.Reply => "Iemand antwoordde op je reactie bij ‘{0}’",
        NotificationKind.IdeaStatus => "De status van het idee ‘{0}’ is veranderd",
        NotificationKind.ProjectNews => "Nieuws uit het deelproject ‘{0}’",
        NotificationKind.NewEvent => "Nieuwe bijeenkomst: ‘{0}’",
        NotificationKind.NewKnowledge => "Nieuw in de kennisbank: ‘{0}’",
        NotificationKind.FeedbackRound => "Een feedbackronde voor jou: ‘{0}’",
        _ => "Een moderator over je reactie bij ‘{0}’",
    };
}
