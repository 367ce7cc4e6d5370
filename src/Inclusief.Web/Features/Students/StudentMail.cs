using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Students;

/// <summary>Mails to a student about their application. They name the assignment and point to it.</summary>
public sealed class StudentMail(MailTemplate template, Mailer mailer)
{
    public void Decided(AppUser student, Assignment assignment, ApplicationStatus decision, string url)
    {
        if (student.Email is null)
        {
            return;
        }
        var paragraph = decision == ApplicationStatus.Accepted
            ? "Je bent aangenomen voor de opdracht ‘{0}’. De begeleidend docent of de coördinator neemt contact met je op."
            : "Voor de opdracht ‘{0}’ is iemand anders gekozen, of zoekt de opdracht niemand meer. Dank je voor je reactie.";
        mailer.Queue(template.Compose(student.Email, student.PreferredCulture ?? Cultures.Dutch, "Een besluit over je reactie op een opdracht", [paragraph],
            ("Bekijk de opdracht", url), [assignment.Title]));
    }
}
