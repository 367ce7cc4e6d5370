using Inclusief.Web.Infrastructure.Email;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>
/// Only the answer is mailed, in the reporter's language. Coordinators are not mailed when a report arrives: the
/// mail's time would record when it was written (reports keep the day only); the staff menu counts what waits.
/// </summary>
public sealed class BarrierMail(MailTemplate template, Mailer mailer)
{
    public void Answer(string email, string culture, string answer) =>
        mailer.Queue(template.Compose(email, culture, "Antwoord op je melding over de toegankelijkheid",
            ["Dank je voor je melding over de toegankelijkheid van de website. Dit is ons antwoord:", "{0}"], arguments: [answer]));
}
