using System.Text;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;

namespace Inclusief.Web.Features.Newsletter;

/// <summary>Every newsletter mail: about the subscription, and the editions. Each mail to a subscriber can unsubscribe in one click.</summary>
public sealed class NewsletterMail(MailTemplate template, Mailer mailer, Outbox outbox)
{
    public const string EditionCopyKind = "newsletter-copy";

    /// <summary>
    /// One subscriber's copy of a sent edition (<see cref="NewsletterEdition.SentMail"/>): all the outbox keeps per subscriber,
    /// sealed. The hash of the sent mail travels sealed too, so a mail changed in the database afterwards is not sent.
    /// </summary>
    public sealed record EditionCopy(Guid EditionId, Guid SubscriberId, string To, string UnsubscribeUrl, string SentMailHash);

    public static string HashOf(string sentMail) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(sentMail)));

    public void AlreadySubscribed(NewsletterSubscriber subscriber, string unsubscribeUrl) =>
        mailer.Queue(template.Compose(subscriber.Email, subscriber.Culture, "Je bent al aangemeld voor de nieuwsbrief",
            ["Iemand (misschien jij) wilde dit adres aanmelden voor de nieuwsbrief van Inclusief samenwerken in de stad. Je bent al aangemeld, dus er verandert niets."]).WithOneClickUnsubscribe(unsubscribeUrl));

    public void ConfirmSubscription(NewsletterSubscriber subscriber, string culture, string confirmUrl) =>
        mailer.Queue(template.Compose(subscriber.Email, culture, "Bevestig je aanmelding voor de nieuwsbrief",
            ["Je hebt je aangemeld voor de nieuwsbrief van Inclusief samenwerken in de stad. Bevestig dit met de knop hieronder; pas dan sturen we je de nieuwsbrief.", "De link werkt 48 uur. Heb je je niet zelf aangemeld? Doe dan niets: dan krijg je niets van ons."],
            ("Aanmelding bevestigen", confirmUrl)));

    public void Welcome(NewsletterSubscriber subscriber, string unsubscribeUrl) =>
        mailer.Queue(template.Compose(subscriber.Email, subscriber.Culture, "Welkom bij de nieuwsbrief",
            ["Je aanmelding is bevestigd. Je krijgt voortaan de nieuwsbrief van Inclusief samenwerken in de stad.", "Wil je hem niet meer ontvangen? Elke nieuwsbrief heeft onderaan een link om je met één klik af te melden."]).WithOneClickUnsubscribe(unsubscribeUrl));

    /// <summary>
    /// One subscriber's copy of an edition, sealed but not queued: thread-safe, so a send seals thousands on all cores;
    /// its delivery row takes it into the outbox. The mail itself is made when it is sent (<see cref="Copy"/>).
    /// </summary>
    public OutboxMessage SealEdition(EditionCopy copy) => outbox.Seal(EditionCopyKind, copy);

    /// <summary>Queues sealed copies in bulk, in the caller's transaction; each gets its id for its delivery row.</summary>
    public Task QueueEditionCopiesAsync(IReadOnlyList<OutboxMessage> copies) => outbox.EnqueueSealedAsync(copies);

    /// <summary>The copy as the subscriber receives it: the edition's subject and bodies addressed to them, with their own unsubscribe link.</summary>
    public static MailMessage Copy(MailMessage edition, EditionCopy copy) =>
        new MailMessage(copy.To, edition.Subject, edition.TextBody, edition.HtmlBody).WithOneClickUnsubscribe(copy.UnsubscribeUrl);

    /// <summary>A test copy to the editor's own address, marked as a test and without an unsubscribe link.</summary>
    public void Test(NewsletterEdition edition, IReadOnlyList<EditionContent.Item> items, string to) =>
        mailer.Queue(EditionContent.Mail(edition, items, to) with { Subject = "[Test] " + edition.Title });

}
