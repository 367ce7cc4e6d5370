using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Students;

/// <summary>
/// Mails about reactions to an assignment. They name the assignment and point to it; a student's motivation never
/// travels by mail.
/// </summary>
public sealed class StudentMail(MailTemplate template, Mailer mailer)
{
    /// <summary>To a student whose reaction was decided on, or whose assignment will not happen.</summary>
    public void Decided(AppUser student, Assignment assignment, ApplicationStatus decision, string url) =>
        Send(student, "Een besluit over je reactie op een opdracht", (decision, assignment.Status) switch
        {
            (ApplicationStatus.Accepted, AssignmentStatus.Cancelled) => "De opdracht ‘{0}’ gaat niet door. De coördinator laat je weten waarom.",
            (ApplicationStatus.Accepted, _) => "Je bent aangenomen voor de opdracht ‘{0}’. De begeleidend docent of de coördinator neemt contact met je op.",
            (_, AssignmentStatus.Open) => "Voor de opdracht ‘{0}’ is iemand anders gekozen. Dank je voor je reactie.",
            _ => "De opdracht ‘{0}’ zoekt niemand meer: de plaatsen zijn vergeven of de opdracht is afgesloten. Dank je voor je reactie.",
        }, ("Bekijk de opdracht", url), assignment);

    /// <summary>To a sub-project's lead: a student reacted to the assignment it offers.</summary>
    public void Reacted(AppUser lead, Assignment assignment, string manageUrl) =>
        Send(lead, "Een student reageerde op een opdracht", "Een student reageerde op ‘{0}’. Lees de reactie en besluit op de pagina van de opdracht.",
            ("Reacties bekijken", manageUrl), assignment);

    private void Send(AppUser to, string subject, string paragraph, (string Label, string Url) link, Assignment assignment)
    {
        if (to.Email is null)
        {
            return;
        }
        mailer.Queue(template.Compose(to.Email, to.PreferredCulture ?? Cultures.Dutch, subject, [paragraph], link, [assignment.Title]));
    }
}
