namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// An address on the newsletter list (no account needed), with double opt-in: a confirmation link that
/// works once and expires after <see cref="ConfirmationLifetime"/>.
/// </summary>
public class NewsletterSubscriber
{
    public static readonly TimeSpan ConfirmationLifetime = TimeSpan.FromHours(48);

    public Guid Id { get; private set; } = Guid.NewGuid();

    public string Email { get; private set; } = "";

    public string Culture { get; private set; } = "nl";

    public SubscriptionStatus Status { get; private set; }

    public string? ConfirmationTokenHash { get; private set; }

    public DateTime? ConfirmationExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    public DateTime? UnsubscribedAt { get; private set; }

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public static NewsletterSubscriber Create(string email, string culture, DateTime now) => new()
    {
        Email = Normalize(email),
        Culture = culture,
        Status = SubscriptionStatus.Pending,
        CreatedAt = now,
    };

    /// <summary>Starts (or restarts) the opt-in: a new link replaces any earlier one.</summary>
    public void RequestConfirmation(string tokenHash, string culture, DateTime now)
    {
        if (Status == SubscriptionStatus.Confirmed)
        {
            throw new InvalidOperationException("The address is already confirmed.");
        }
        Status = SubscriptionStatus.Pending;
        Culture = culture;
        ConfirmationTokenHash = tokenHash;
        ConfirmationExpiresAt = now + ConfirmationLifetime;
    }

    /// <summary>A link sent minutes ago is still on its way: a second click on "subscribe" should not send another.</summary>
    public bool ConfirmationRecentlySent(DateTime now) =>
        Status == SubscriptionStatus.Pending && ConfirmationExpiresAt is { } expires && expires - ConfirmationLifetime > now.AddMinutes(-5);

    public bool CanConfirm(DateTime now) =>
        Status == SubscriptionStatus.Pending && ConfirmationTokenHash is not null && ConfirmationExpiresAt > now;

    public void Confirm(DateTime now)
    {
        if (!CanConfirm(now))
        {
            throw new InvalidOperationException("This confirmation link is no longer valid.");
        }
        Status = SubscriptionStatus.Confirmed;
        ConfirmedAt = now;
        ConfirmationTokenHash = null;
        ConfirmationExpiresAt = null;
    }

    public void Unsubscribe(DateTime now)
    {
        if (Status == SubscriptionStatus.Unsubscribed)
        {
            return;
        }
        Status = SubscriptionStatus.Unsubscribed;
        UnsubscribedAt = now;
        ConfirmationTokenHash = null;
        ConfirmationExpiresAt = null;
    }
}
