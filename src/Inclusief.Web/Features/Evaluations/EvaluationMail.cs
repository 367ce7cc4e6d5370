using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Evaluations;

/// <summary>Inviting partners' contacts to read an evaluation point and add their organisation's view.</summary>
public sealed class EvaluationMail(AppDbContext db, MailTemplate template, Mailer mailer)
{
    /// <summary>Queues one mail per contact (an account whose confirmed address is the one accepted); returns how many.</summary>
    public async Task<int> InvitePartnersAsync(ProgrammeEvaluationPoint evaluation, DateOnly today, string url)
    {
        var contacts = await db.PartnerContactsOn(today).Join(db.Users, p => p.UserId, u => u.Id, (p, u) => new { Accepted = p.Email, u.Id, u.Email, u.EmailConfirmed, u.PreferredCulture })
            .Where(c => c.EmailConfirmed).ToListAsync();
        var reached = contacts.Where(c => c.Email is not null && string.Equals(c.Email.Trim(), c.Accepted, StringComparison.OrdinalIgnoreCase)).DistinctBy(c => c.Id).ToList();
        foreach (var contact in reached)
        {
            mailer.Queue(template.Compose(contact.Email!, contact.PreferredCulture ?? Cultures.Dutch, "Geef je visie op het weegmoment",
                ["Het programma weegt af wat het deed in ‘{0}’ en besluit of het doorgaat, bijstuurt of stopt. Lees de stand en schrijf de visie van je organisatie; die komt in het document."],
                ("Lees en geef je visie", url), [evaluation.Title]));
        }
        return reached.Count;
    }
}
