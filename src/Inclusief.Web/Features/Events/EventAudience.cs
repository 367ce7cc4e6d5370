namespace Inclusief.Web.Features.Events;

/// <summary>Who may see and register: anyone, people with an account, or only those holding the invitation link.</summary>
public enum EventAudience
{
    Public,
    Members,
    InvitationOnly,
}

public static class EventAudiences
{
    public static string Label(EventAudience audience) => audience switch
    {
        EventAudience.Public => "Openbaar",
        EventAudience.Members => "Alleen voor mensen met een account",
        _ => "Alleen op uitnodiging",
    };
}
