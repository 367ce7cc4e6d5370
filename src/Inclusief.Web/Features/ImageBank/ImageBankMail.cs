using Inclusief.Data;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>The answer to a request for a media account.</summary>
public sealed class ImageBankMail(MailTemplate template, Mailer mailer)
{
    public void MediaAccountDecided(AppUser user, bool approved, string imageBankUrl) =>
        mailer.Queue(template.Compose(user.Email!, user.PreferredCulture ?? Cultures.Dutch, approved ? "Je media-account is goedgekeurd" : "Over je aanvraag voor een media-account",
            [approved ? "Je kunt nu foto's uit de beeldbank in hoge resolutie downloaden, met de licentie en voorwaarden die bij elke foto staan." : "Je aanvraag voor een media-account is niet goedgekeurd. Neem contact op met het programma als je denkt dat dit een vergissing is."],
            ("Naar de beeldbank", imageBankUrl)));
}
