using Inclusief.Web.Infrastructure.Calendar;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Participation;

/// <summary>The mails a participant receives, in the language they signed up in.</summary>
public sealed class ParticipationMail(MailTemplate template, Mailer mailer, IOptions<EmailOptions> email, TimeProvider clock)
{
    public void SignInLink(string email, string culture, string link) =>
        mailer.Queue(template.Compose(email, culture, "Je inloglink",
            ["Met de knop hieronder kom je bij je deelname aan Inclusief samenwerken in de stad. De link werkt één keer en 30 minuten lang.", "Heb je geen inloglink gevraagd? Dan kun je deze mail negeren."],
            ("Inloggen", link)));

    public void SignUpReceived(Participant participant, string mineUrl) =>
        mailer.Queue(template.Compose(participant.Email, participant.Culture, "We hebben je aanmelding ontvangen",
            ["Dank je voor je aanmelding voor: {0}. Een coördinator neemt contact met je op om een kennismakingsgesprek te plannen.", "Je kunt je aanmelding volgen via de link hieronder. Je hebt daarvoor geen wachtwoord nodig: we sturen je een inloglink naar dit adres."],
            ("Mijn deelname bekijken", mineUrl),
            [FormName(participant)]));

    public void IntakePlanned(Participant participant, IntakeConversation intake, string mineUrl)
    {
        var when = ProgrammeTime.Format(intake.StartsAt, participant.Culture);
        var where = intake.Location ?? intake.OnlineLink ?? "";
        var mail = template.Compose(participant.Email, participant.Culture, "Uitnodiging voor een kennismakingsgesprek",
            [intake.Sequence == 0 ? "We nodigen je uit voor een kennismakingsgesprek over je aanmelding voor: {0}." : "Het kennismakingsgesprek over je aanmelding voor {0} is verzet.",
             "Wanneer: {1} ({2} minuten). Waar: {3}", "In de bijlage zit een agenda-uitnodiging. Past dit moment niet? Vraag dan een ander moment aan via de link hieronder."],
            ("Ander moment vragen", mineUrl),
            [FormName(participant), when, intake.DurationMinutes, where]);
        var summary = template.Localize(participant.Culture, "Kennismakingsgesprek Inclusief samenwerken in de stad");
        mailer.Queue(mail with
        {
            Attachments = [new MailAttachment("kennismakingsgesprek.ics", CalendarInvitation.ContentType,
                CalendarInvitation.Create(new CalendarInvitation.Appointment(intake.CalendarUid, intake.Sequence, summary, mineUrl, intake.Location, intake.OnlineLink, intake.StartsAt, intake.EndsAt),
                    email.Value.From, clock.GetUtcNow().UtcDateTime))],
        });
    }

    public void Declined(Participant participant) =>
        mailer.Queue(template.Compose(participant.Email, participant.Culture, "Over je aanmelding",
            ["Dank je voor je aanmelding voor: {0}. We hebben besloten hier niet mee verder te gaan.", "De reden: {1}", "Heb je vragen? Antwoord dan op deze mail. Je bent altijd welkom om op een andere manier mee te doen."],
            arguments: [FormName(participant), participant.DeclineReason ?? ""]));

    public void Activated(Participant participant, string mineUrl) =>
        mailer.Queue(template.Compose(participant.Email, participant.Culture, "Welkom",
            ["Je doet nu mee: {0}. We houden je op de hoogte van bijeenkomsten en deelprojecten die bij je passen."],
            ("Mijn deelname bekijken", mineUrl),
            [FormName(participant)]));

    /// <summary>A coordinator's message to a whole group; their own words, so it is not translated.</summary>
    public void GroupMessage(Participant participant, string subject, string body)
    {
        var paragraphs = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var text = string.Join("\n\n", paragraphs);
        var html = string.Concat(paragraphs.Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
        mailer.Queue(new MailMessage(participant.Email, subject, text + "\n", $"<!doctype html><html><body style=\"font-family:sans-serif;line-height:1.5\">{html}</body></html>"));
    }

    private string FormName(Participant participant) => template.Localize(participant.Culture, ParticipationForms.Label(participant.Form));
}
