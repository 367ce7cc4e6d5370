namespace Inclusief.Web.Features.Newsletter;

public enum SubscriptionStatus
{
    /// <summary>Signed up; nothing is sent until the address is confirmed.</summary>
    Pending,
    Confirmed,
    Unsubscribed,
}
