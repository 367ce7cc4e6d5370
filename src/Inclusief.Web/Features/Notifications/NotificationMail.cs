using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// Notification mails, in the person's language: one at once, or a digest of everything since the last. They name
/// the item and link to it, never quote a comment, and stop with one click (RFC 8058).
/// </summary>
public sealed class NotificationMail(MailTemplate template, Mailer mailer, PublicAddress site, IDataProtectionProvider protection)
{
    private IDataProtector UnsubscribeProtector => protection.CreateProtector("Inclusief.Notifications.Unsubscribe.v1");

    public void AtOnce(AppUser user, Notification notification)
    {
        if (user.Email is null || !user.EmailConfirmed)
        {
            return;
        }
        var culture = user.PreferredCulture ?? Cultures.Dutch;
        mailer.Queue(template.Compose(user.Email, culture, "Er is iets gebeurd bij wat je volgt", [NotificationKinds.Line(notification.Kind)],
                ("Bekijk het", Link(notification.Path)), [notification.Title])
            .WithOneClickUnsubscribe(UnsubscribeUrl(user.Id)));
    }

    /// <summary>One mail for everything, however much happened; false when there is no confirmed address to send it to.</summary>
    public bool Digest(AppUser user, IReadOnlyList<Notification> notifications, Delivery frequency)
    {
        if (user.Email is null || !user.EmailConfirmed || notifications.Count == 0)
        {
            return false;
        }
        var culture = user.PreferredCulture ?? Cultures.Dutch;
        var lines = notifications.OrderBy(n => n.CreatedAt)
            .Select(n => string.Format(CultureInfo.GetCultureInfo(culture), template.Localize(culture, NotificationKinds.Line(n.Kind)), n.Title) + ": " + Link(n.Path))
            .ToList();
        var intro = frequency == Delivery.Daily ? "Dit gebeurde gisteren bij wat je volgt:" : "Dit gebeurde de afgelopen week bij wat je volgt:";
        var paragraphs = new List<string> { template.Localize(culture, intro) };
        paragraphs.AddRange(lines);
        paragraphs.Add(template.Localize(culture, "Hoe vaak je mail krijgt, kies je bij Mijn meldingen."));
        mailer.Queue(template.Compose(user.Email, culture, frequency == Delivery.Daily ? "Je dagelijkse overzicht" : "Je wekelijkse overzicht", paragraphs,
                ("Naar Mijn meldingen", Link("/Notifications")))
            .WithOneClickUnsubscribe(UnsubscribeUrl(user.Id)));
        return true;
    }

    public string UnsubscribeToken(string userId) => WebEncoders.Base64UrlEncode(UnsubscribeProtector.Protect(System.Text.Encoding.UTF8.GetBytes(userId)));

    /// <summary>The account behind an unsubscribe link, or null when the link is not one of ours.</summary>
    public string? UserOf(string? token)
    {
        try
        {
            return token is null ? null : System.Text.Encoding.UTF8.GetString(UnsubscribeProtector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    private string UnsubscribeUrl(string userId) => Link($"/Notifications/Unsubscribe?token={UnsubscribeToken(userId)}");

    private string Link(string path) => site.Root.TrimEnd('/') + path;
}
