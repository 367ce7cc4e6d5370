using System.Globalization;
using Inclusief.Web.Infrastructure.Calendar;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Events;

/// <summary>The mails a registrant receives, in the language they registered in, each with their personal link.</summary>
public sealed class EventMail(MailTemplate template, Mailer mailer, Outbox outbox, RegistrationLink links, IOptions<EmailOptions> email, TimeProvider clock)
{
    /// <summary>The kind of a scheduled reminder or feedback question (by mail, and a reminder by SMS as well); "mail" stays in it because rows already waiting carry it.</summary>
    public const string ScheduledKind = "event-mail";

    /// <summary>A mail written when it is due, so that it reflects the registration and the event at that moment.</summary>
    public sealed record Scheduled(Guid RegistrationId, DateTime RegisteredAt, int EventSequence, string Purpose, string SiteUrl);

    public const string ReminderPurpose = "reminder";
    public const string FeedbackPurpose = "feedback";

    public void Confirmation(EventRegistration registration, Event ev, IReadOnlyList<EventSession> sessions, string siteUrl)
    {
        var paragraphs = new List<string>
        {
            "Je bent aangemeld voor {0}.",
            "Wanneer: {1}. Waar: {2}",
            "Je aanmeldcode is {3}. Noem bij de ingang je naam of laat deze code zien.",
        };
        if (sessions.Count > 0)
        {
            paragraphs.Add("Je deelsessies: {4}");
        }
        paragraphs.Add("Via de link hieronder kun je je deelsessies wijzigen of je afmelden. De link is persoonlijk: stuur deze mail niet door.");
        var mail = template.Compose(registration.Email, registration.Culture, "Aanmelding: {0}", paragraphs,
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, ProgrammeTime.Format(ev.StartsAt, registration.Culture), PlaceFor(registration, ev), registration.DisplayCode, SessionList(registration, sessions)]);
        mailer.Queue(WithInvitation(mail, registration, ev, siteUrl));
    }

    public void Waitlisted(EventRegistration registration, Event ev, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Wachtlijst: {0}",
            ["{0} is vol. Je staat op de wachtlijst.",
             "Komt er een plaats vrij, dan krijg je die automatisch en sturen we je meteen een mail. Je hoeft niets te doen.",
             "Wil je niet meer op de wachtlijst staan? Dat kan via de link hieronder."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)), [ev.Title]));

    public void Promoted(EventRegistration registration, Event ev, IReadOnlyList<EventSession> sessions, string siteUrl)
    {
        var mail = template.Compose(registration.Email, registration.Culture, "Er is een plaats voor je: {0}",
            ["Goed nieuws: er is een plaats vrijgekomen bij {0}. Je staat niet meer op de wachtlijst, je bent nu aangemeld.",
             "Wanneer: {1}. Waar: {2}", "Je aanmeldcode is {3}.", "Je deelsessies: {4}",
             "Kun je toch niet? Meld je dan af via de link hieronder, zodat iemand anders je plaats krijgt."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, ProgrammeTime.Format(ev.StartsAt, registration.Culture), PlaceFor(registration, ev), registration.DisplayCode, SessionList(registration, sessions)]);
        mailer.Queue(WithInvitation(mail, registration, ev, siteUrl));
    }

    public void SessionPromoted(EventRegistration registration, Event ev, EventSession session, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Er is een plaats voor je in een deelsessie",
            ["Er is een plaats vrijgekomen in de deelsessie ‘{1}’ van {0}. Die plaats is nu voor jou.",
             "Wil je toch een andere keuze? Dat kan via de link hieronder."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)), [ev.Title, session.Title]));

    public void Cancelled(EventRegistration registration, Event ev, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Afgemeld: {0}",
            ["Je bent afgemeld voor {0}. Jammer dat je er niet bij kunt zijn.",
             "Toch weer willen komen? Meld je dan opnieuw aan op de pagina van de bijeenkomst, zolang de aanmelding open is."],
            ("Naar de bijeenkomst", $"{siteUrl}/Events/Details/{ev.Id}"), [ev.Title]));

    public void EventChanged(EventRegistration registration, Event ev, string siteUrl)
    {
        var mail = template.Compose(registration.Email, registration.Culture, "Gewijzigd: {0}",
            ["De tijd of de plaats van {0} is veranderd.", "Wanneer: {1}. Waar: {2}", "In de bijlage zit de bijgewerkte agenda-uitnodiging."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, ProgrammeTime.Format(ev.StartsAt, registration.Culture), PlaceFor(registration, ev)]);
        mailer.Queue(WithInvitation(mail, registration, ev, siteUrl));
    }

    public void EventCancelled(EventRegistration registration, Event ev) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Gaat niet door: {0}",
            ["Helaas gaat {0} op {1} niet door.", "De reden: {2}", "Je aanmelding vervalt; je hoeft niets te doen. Onze excuses voor het ongemak."],
            arguments: [ev.Title, ProgrammeTime.Format(ev.StartsAt, registration.Culture), ev.CancellationReason ?? ""]));

    public void LinkResent(EventRegistration registration, Event ev, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Je link voor {0}",
            ["Je vroeg om de link naar je aanmelding voor {0}. Je status: {1}. Je aanmeldcode is {2}."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, template.Localize(registration.Culture, RegistrationStatuses.Label(registration.Status)), registration.DisplayCode]));

    /// <summary>To the owner of an address someone registered again with: nothing changed, here is the real link.</summary>
    public void RegisteredAgain(EventRegistration registration, Event ev, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Opnieuw aangemeld voor {0}?",
            ["Iemand heeft zich met dit e-mailadres opnieuw aangemeld voor {0}. Je aanmelding is niet veranderd; je status: {1}.", "Wil je iets wijzigen, gebruik dan de link hieronder. Was jij het niet? Dan hoef je niets te doen."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, template.Localize(registration.Culture, RegistrationStatuses.Label(registration.Status))]));

    public void Reminder(EventRegistration registration, Event ev, IReadOnlyList<EventSession> sessions, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Morgen: {0}",
            ["Tot morgen bij {0}!", "Wanneer: {1}. Waar: {2}", "Je aanmeldcode is {3}.", "Je deelsessies: {4}", "Kun je toch niet? Meld je dan af, dan geven we je plaats aan iemand op de wachtlijst."],
            ("Mijn aanmelding bekijken", Link(registration, siteUrl)),
            [ev.Title, ProgrammeTime.Format(ev.StartsAt, registration.Culture), PlaceFor(registration, ev), registration.DisplayCode, SessionList(registration, sessions)]));

    public void FeedbackInvitation(EventRegistration registration, Event ev, string siteUrl) =>
        mailer.Queue(template.Compose(registration.Email, registration.Culture, "Hoe was {0}?",
            ["Dank je dat je erbij was bij {0}.", "Wil je ons in drie korte vragen vertellen wat je ervan vond? Het duurt een minuut en helpt ons de volgende bijeenkomst beter te maken."],
            ("Feedback geven", Link(registration, siteUrl) + "#feedback"), [ev.Title]));

    /// <summary>A reminder the day before and a feedback question after, written when due (and skipped if no longer right).</summary>
    public void Schedule(EventRegistration registration, Event ev, string siteUrl)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var remindAt = ev.StartsAt.AddDays(-1);
        if (remindAt > now)
        {
            outbox.Enqueue(ScheduledKind, new Scheduled(registration.Id, registration.RegisteredAt!.Value, ev.Sequence, ReminderPurpose, siteUrl), remindAt);
        }
        outbox.Enqueue(ScheduledKind, new Scheduled(registration.Id, registration.RegisteredAt!.Value, ev.Sequence, FeedbackPurpose, siteUrl), ev.EndsAt.AddHours(1));
    }

    private string Link(EventRegistration registration, string siteUrl) => RegistrationLink.Url(siteUrl, links.Create(registration.Id));

    private string PlaceFor(EventRegistration registration, Event ev) =>
        registration.Status == RegistrationStatus.Registered
            ? string.Join(" · ", new[] { ev.Venue, ev.OnlineLink }.Where(p => p is not null))
            : ev.Venue ?? template.Localize(registration.Culture, "online");

    private string SessionList(EventRegistration registration, IReadOnlyList<EventSession> sessions)
    {
        if (sessions.Count == 0)
        {
            return MidSentence.LowerFirst(template.Localize(registration.Culture, "Geen"), CultureInfo.GetCultureInfo(registration.Culture));
        }
        var waitlisted = MidSentence.LowerFirst(template.Localize(registration.Culture, "Wachtlijst"), CultureInfo.GetCultureInfo(registration.Culture));
        return string.Join("; ", sessions.Select(s => registration.Holds(s.Id) ? s.Title : $"{s.Title} ({waitlisted})"));
    }

    private MailMessage WithInvitation(MailMessage mail, EventRegistration registration, Event ev, string siteUrl) => mail with
    {
        Attachments = [new MailAttachment("bijeenkomst.ics", CalendarInvitation.ContentType,
            CalendarInvitation.Create(new CalendarInvitation.Appointment(ev.CalendarUid, ev.Sequence, ev.Title, Link(registration, siteUrl), ev.Venue, ev.OnlineLink, ev.StartsAt, ev.EndsAt),
                email.Value.From, clock.GetUtcNow().UtcDateTime))],
    };
}
