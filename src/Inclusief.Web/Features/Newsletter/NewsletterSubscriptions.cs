using System.Text;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>
/// Subscribing, confirming and unsubscribing. Whatever state an address is in, the visitor sees the same
/// answer; only the mail that follows differs, so the page never reveals whether an address is known.
/// </summary>
public sealed class NewsletterSubscriptions(AppDbContext db, Mailer mailer, MailTemplate template, Consents consents, TimeProvider clock, IDataProtectionProvider protection)
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
            mailer.Queue(WithUnsubscribe(template.Compose(subscriber.Email, subscriber.Culture, "Je bent al aangemeld voor de nieuwsbrief",
                ["Iemand (misschien jij) wilde dit adres aanmelden voor de nieuwsbrief van Inclusief samenwerken in de stad. Je bent al aangemeld, dus er verandert niets."]),
                unsubscribeUrl(UnsubscribeToken(subscriber))));
        }
        else if (!subscriber.ConfirmationRecentlySent(now))
        {
            var token = SecretToken.Create();
            subscriber.RequestConfirmation(SecretToken.Hash(token), culture, now);
            mailer.Queue(template.Compose(subscriber.Email, culture, "Bevestig je aanmelding voor de nieuwsbrief",
                ["Je hebt je aangemeld voor de nieuwsbrief van Inclusief samenwerken in de stad. Bevestig dit met de knop hieronder; pas dan sturen we je de nieuwsbrief.", "De link werkt 48 uur. Heb je je niet zelf aangemeld? Doe dan niets: dan krijg je niets van ons."],
                ("Aanmelding bevestigen", confirmUrl(token))));
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
        mailer.Queue(WithUnsubscribe(template.Compose(subscriber.Email, subscriber.Culture, "Welkom bij de nieuwsbrief",
            ["Je aanmelding is bevestigd. Je krijgt voortaan de nieuwsbrief van Inclusief samenwerken in de stad.", "Wil je hem niet meer ontvangen? Elke nieuwsbrief heeft onderaan een link om je met één klik af te melden."]),
            unsubscribeUrl(UnsubscribeToken(subscriber))));
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

    /// <summary>RFC 8058 one-click unsubscribe headers plus a visible link, for every mail sent to a subscriber.</summary>
    public static MailMessage WithUnsubscribe(MailMessage mail, string unsubscribeUrl)
    {
        var text = new StringBuilder(mail.TextBody).AppendLine().Append("Afmelden / Unsubscribe: ").AppendLine(unsubscribeUrl).ToString();
        var html = mail.HtmlBody.Replace("</body>", $"<p style=\"font-size:small\"><a href=\"{System.Net.WebUtility.HtmlEncode(unsubscribeUrl)}\">Afmelden / Unsubscribe</a></p></body>", StringComparison.Ordinal);
        return mail with
        {
            TextBody = text,
            HtmlBody = html,
            Headers = new Dictionary<string, string>(mail.Headers)
            {
                ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }
}
