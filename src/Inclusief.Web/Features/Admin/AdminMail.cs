using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.Admin;

/// <summary>Mails about staff accounts: the colleagues holding a sensitive role hear when someone new gets it.</summary>
public sealed class AdminMail(MailTemplate template, Mailer mailer)
{
    public void ColleagueGotRole(AppUser colleague, AppUser newcomer, string role)
    {
        var culture = colleague.PreferredCulture ?? Cultures.Dutch;
        mailer.Queue(template.Compose(colleague.Email!, culture, "Nieuwe collega met de rol {0}",
            ["{1} heeft nu de rol {0}. Ken je deze persoon niet, of klopt dit niet? Meld het dan meteen bij de andere beheerders."],
            arguments: [template.Localize(culture, StaffRoles.Label(role)), newcomer.DisplayName]));
    }
}
