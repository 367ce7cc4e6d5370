using Inclusief.Web.Infrastructure.Email;

namespace Inclusief.Web.Features.Complaints;

/// <summary>Only a nudge: the mail says there is a reply, never what it says, and carries no receipt code.</summary>
public sealed class ComplaintMail(MailTemplate template, Mailer mailer)
{
    public void ReplyWaiting(string email, string culture, string followUpUrl) =>
        mailer.Queue(template.Compose(email, culture, "Er is een antwoord op je melding",
            ["Er staat een nieuw bericht voor je klaar bij de klachtenbalie.", "Open het met je bonnummer via de link hieronder. Om je privacy te beschermen staat de inhoud niet in deze mail."],
            ("Naar mijn melding", followUpUrl)));
}
