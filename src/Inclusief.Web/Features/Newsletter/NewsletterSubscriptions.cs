using Inclusief.Data;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// Subscribing, confirming and unsubscribing. Whatever state an address is in, the visitor sees the same
/// answer; only the mail that follows differs, so the page never reveals whether an address is known.
/// </summary>
public sealed class NewsletterSubscriptions(AppDbContext db, NewsletterMail mail, Consents consents, TimeProvider clock, IDataProtectionProvider protection)
{
    public const string SubjectType = "newsletter-subscriber";

    private IDataProtector UnsubscribeProtector => protection.CreateProtector("Inclusief.Newsletter.Unsubscribe.v1");

    public async Task SubscribeAsync(string email, string culture, Func<string, string> confirmUrl, Func<string, string> unsubscribeUrl)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = NewsletterSubscriber.Normalize(email);
        var subscriber = await db.Set<NewsletterSubscriber>().SingleOrDefaultAsync(s => s.Email == normalized);
        if (subscriber is null)
        {
            subscriber = NewsletterSubscriber.Create(normalized, culture, now);
            db.Set<NewsletterSubscriber>().Add(subscriber);
        }
        if (subscriber.Status == SubscriptionStatus.Confirmed)
        {
            mail.AlreadySubscribed(subscriber, unsubscribeUrl(UnsubscribeToken(subscriber)));
        }
        else if (!subscriber.ConfirmationRecentlySent(now))
        {
            var token = SecretToken.Create();
            subscriber.RequestConfirmation(SecretToken.Hash(token), culture, now);
            mail.ConfirmSubscription(subscriber, culture, confirmUrl(token));
        }
        await db.SaveChangesAsync();
    }

    public async Task<NewsletterSubscriber?> FindByConfirmationTokenAsync(string token)
    {
        var hash = SecretToken.Hash(token);
        var subscriber = await db.Set<NewsletterSubscriber>().SingleOrDefaultAsync(s => s.ConfirmationTokenHash == hash);
        return subscriber is not null && subscriber.CanConfirm(clock.GetUtcNow().UtcDateTime) ? subscriber : null;
    }

    public async Task<bool> ConfirmAsync(string token, Func<string, string> unsubscribeUrl)
    {
        var subscriber = await FindByConfirmationTokenAsync(token);
        if (subscriber is null)
        {
            return false;
        }
        subscriber.Confirm(clock.GetUtcNow().UtcDateTime);
        consents.Record(SubjectType, subscriber.Id.ToString(), ConsentPurpose.Newsletter, given: true);
        mail.Welcome(subscriber, unsubscribeUrl(UnsubscribeToken(subscriber)));
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>Unsubscribes the address behind the token; false when the token is not one of ours.</summary>
    public async Task<bool> UnsubscribeAsync(string token)
    {
        var subscriber = await FindByUnsubscribeTokenAsync(token);
        if (subscriber is null)
        {
            return false;
        }
        if (subscriber.Status != SubscriptionStatus.Unsubscribed)
        {
            subscriber.Unsubscribe(clock.GetUtcNow().UtcDateTime);
            consents.Record(SubjectType, subscriber.Id.ToString(), ConsentPurpose.Newsletter, given: false);
            await db.SaveChangesAsync();
        }
        return true;
    }

    public async Task<NewsletterSubscriber?> FindByUnsubscribeTokenAsync(string token)
    {
        try
        {
            var id = new Guid(UnsubscribeProtector.Unprotect(WebEncoders.Base64UrlDecode(token)));
            return await db.Set<NewsletterSubscriber>().SingleOrDefaultAsync(s => s.Id == id);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A token that does not expire (an unsubscribe link must keep working) and names no address.</summary>
    public string UnsubscribeToken(NewsletterSubscriber subscriber) => UnsubscribeToken(subscriber.Id);

    public string UnsubscribeToken(Guid subscriberId) =>
        WebEncoders.Base64UrlEncode(UnsubscribeProtector.Protect(subscriberId.ToByteArray()));
}
