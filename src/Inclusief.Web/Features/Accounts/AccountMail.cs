using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Accounts;

/// <summary>The mails about an account itself, in the account's language; each carries one link that works once.</summary>
public sealed class AccountMail(MailTemplate template, Mailer mailer)
{
    public void ConfirmAddress(AppUser user, string link) =>
        mailer.Queue(template.Compose(user.Email!, user.PreferredCulture ?? Cultures.Dutch, "Bevestig je e-mailadres",
            ["Je hebt een account gemaakt bij Inclusief samenwerken in de stad. Bevestig je e-mailadres met de knop hieronder.", "Heb je dit niet zelf gedaan? Dan kun je deze mail negeren."],
            ("E-mailadres bevestigen", link)));

    public void PasswordReset(AppUser user, string link) =>
        mailer.Queue(template.Compose(user.Email!, user.PreferredCulture ?? Cultures.Dutch, "Nieuw wachtwoord instellen",
            ["Je hebt gevraagd om een nieuw wachtwoord. Met de knop hieronder stel je het in. De link werkt één dag.", "Heb je dit niet zelf gevraagd? Dan kun je deze mail negeren; je wachtwoord blijft hetzelfde."],
            ("Nieuw wachtwoord instellen", link)));
}
