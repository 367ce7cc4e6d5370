using System.ComponentModel.DataAnnotations;
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
    /// <summary>A page shows this many waiting reports (oldest first) and answered ones: an anonymous form can be flooded.</summary>
    public const int Shown = 50;

    public sealed record Row(Guid Id, DateOnly ReceivedOn, DateOnly AnswerBy, bool Overdue, string? Page, string? Description, string? Email, string? Culture, DateTime? AnsweredAt);

    public IReadOnlyList<Row> Waiting { get; private set; } = [];

    public int WaitingCount { get; private set; }

    public IReadOnlyList<Row> Answered { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        var waiting = db.Set<BarrierReport>().AsNoTracking().Where(r => r.AnsweredAt == null);
        WaitingCount = await waiting.CountAsync();
        Waiting = (await waiting.OrderBy(r => r.ReceivedOn).ThenBy(r => r.ArrivalNumber).Take(Shown).ToListAsync()).Select(r => ToRow(r, today)).ToList();
        Answered = (await db.Set<BarrierReport>().AsNoTracking().Where(r => r.AnsweredAt != null).OrderByDescending(r => r.AnsweredAt).Take(Shown).ToListAsync())
            .Select(r => ToRow(r, today)).ToList();
    }

    /// <summary>
    /// Answers by mail (when there is an address and a text) or closes without an answer. Claimed by a conditional
    /// update, so two coordinators answering at once send one mail.
    /// </summary>
    public async Task<IActionResult> OnPostAnswerAsync(Guid id, [StringLength(BarrierReport.AnswerMaxLength)] string? answer, bool withoutAnswer = false)
    {
        var report = await db.Set<BarrierReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            throw RuleException.TooLong("Je antwoord", BarrierReport.AnswerMaxLength);
        }
        var email = cipher.DecryptOrNull(report.EncryptedEmail, BarrierReport.CipherPurpose);
        var mailed = email is not null && !withoutAnswer;
        if (mailed && string.IsNullOrWhiteSpace(answer))
        {
            throw new RuleException("Schrijf eerst je antwoord.");
        }
        var coordinator = users.GetUserId(User)!;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claimed = await db.Set<BarrierReport>().Where(r => r.Id == id && r.AnsweredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AnsweredAt, now).SetProperty(r => r.AnsweredById, coordinator));
        if (claimed == 0)
        {
            throw new RuleException("Deze melding is al beantwoord.");
        }
        if (mailed)
        {
            mail.Answer(email!, report.Culture ?? Cultures.Dutch, answer!.Trim());
        }
        audit.Record(coordinator, mailed ? "barrier-answered" : "barrier-closed", nameof(BarrierReport), id.ToString());
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Notice"] = mailed ? "Je antwoord is verstuurd." : "De melding is afgehandeld.";
        return RedirectToPage();
    }

    private Row ToRow(BarrierReport r, DateOnly today)
    {
        var answerBy = r.ReceivedOn.AddDays(options.Value.AnswerWithinDays);
        return new Row(r.Id, r.ReceivedOn, answerBy, r.AnsweredAt is null && today > answerBy,
            cipher.DecryptOrNull(r.EncryptedPage, BarrierReport.CipherPurpose), cipher.DecryptOrNull(r.EncryptedDescription, BarrierReport.CipherPurpose),
            cipher.DecryptOrNull(r.EncryptedEmail, BarrierReport.CipherPurpose), r.Culture, r.AnsweredAt);
    }
}
