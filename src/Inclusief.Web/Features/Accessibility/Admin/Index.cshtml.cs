using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Accessibility.Admin;

/// <summary>Coordinators read reported barriers, oldest first, and answer each within the promised days.</summary>
[Authorize(Policy = AccessibilityPermissions.Respond)]
public sealed class IndexModel(AppDbContext db, FieldCipher cipher, BarrierMail mail, AuditLog audit, UserManager<AppUser> users, IOptions<AccessibilityOptions> options, TimeProvider clock) : PageModel
{
    public const int AnsweredShown = 20;

    public sealed record Row(Guid Id, DateOnly ReceivedOn, DateOnly AnswerBy, bool Overdue, string? Page, string? Description, bool HasEmail, DateTime? AnsweredAt);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    public IReadOnlyList<Row> Answered { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        var waiting = await db.Set<BarrierReport>().AsNoTracking().Where(r => r.AnsweredAt == null).OrderBy(r => r.ReceivedOn).ThenBy(r => r.ArrivalNumber).ToListAsync();
        var answered = await db.Set<BarrierReport>().AsNoTracking().Where(r => r.AnsweredAt != null).OrderByDescending(r => r.AnsweredAt).Take(AnsweredShown).ToListAsync();
        Waiting = waiting.Select(r => ToRow(r, today)).ToList();
        Answered = answered.Select(r => ToRow(r, today)).ToList();
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, string? answer)
    {
        var report = await db.Set<BarrierReport>().SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }
        var email = cipher.DecryptOrNull(report.EncryptedEmail, BarrierReport.CipherPurpose);
        if (email is not null)
        {
            if (string.IsNullOrWhiteSpace(answer))
            {
                throw new RuleException("Schrijf eerst je antwoord.");
            }
            if (answer.Length > BarrierReport.AnswerMaxLength)
            {
                throw RuleException.TooLong("Je antwoord", BarrierReport.AnswerMaxLength);
            }
        }
        report.Answer(users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
        if (email is not null)
        {
            mail.Answer(email, report.Culture, answer!.Trim());
        }
        audit.Record(users.GetUserId(User)!, "barrier-answered", nameof(BarrierReport), id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = email is null ? "De melding is afgehandeld." : "Je antwoord is verstuurd.";
        return RedirectToPage();
    }

    private Row ToRow(BarrierReport r, DateOnly today)
    {
        var answerBy = r.ReceivedOn.AddDays(options.Value.AnswerWithinDays);
        return new Row(r.Id, r.ReceivedOn, answerBy, r.AnsweredAt is null && today > answerBy,
            cipher.DecryptOrNull(r.EncryptedPage, BarrierReport.CipherPurpose), cipher.DecryptOrNull(r.EncryptedDescription, BarrierReport.CipherPurpose), r.EncryptedEmail is not null, r.AnsweredAt);
    }
}
