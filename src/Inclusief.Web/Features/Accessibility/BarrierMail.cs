using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>Coordinators hear that a report is waiting (never what it says); the reporter gets the answer.</summary>
public sealed class BarrierMail(MailTemplate template, Mailer mailer, UserManager<AppUser> users)
{
    public async Task ReportWaitingAsync(string listUrl)
    {
        foreach (var coordinator in (await users.GetUsersInRoleAsync(StaffRoles.Coordinator)).Where(u => u.EmailConfirmed && u.Email is not null))
        {
            mailer.Queue(template.Compose(coordinator.Email!, coordinator.PreferredCulture ?? Infrastructure.Localization.Cultures.Dutch, "Nieuwe melding over de toegankelijkheid",
                ["Iemand liep vast op de website en heeft dat gemeld. Beantwoord de melding binnen de termijn uit de toegankelijkheidsverklaring."],
                ("Naar de meldingen", listUrl)));
        }
    }

    public void Answer(string email, string culture, string answer) =>
        mailer.Queue(template.Compose(email, culture, "Antwoord op je melding over de toegankelijkheid",
            ["Dank je voor je melding over de toegankelijkheid van de website. Dit is ons antwoord:", "{0}"], arguments: [answer]));
}
