using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Receipts;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>What happened with a report, opened with its receipt code only (posted, never in the address); wrong and expired codes get one answer.</summary>
[AllowAnonymous]
[SensitivePage]
[EnableRateLimiting(SubmissionRateLimit.ReceiptPolicy)]
public sealed class FollowUpModel(AppDbContext db, FieldCipher cipher, ReceiptCodes receipts, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public SafetyReport? Report { get; private set; }

    public string? ModeratorMessage { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var hash = receipts.Hash(Code);
        var now = clock.GetUtcNow().UtcDateTime;
        var report = await db.Set<SafetyReport>().SingleOrDefaultAsync(r => r.ReceiptHash == hash);
        if (report is null || !report.CanBeFollowedUp(now))
        {
            ModelState.AddModelError(nameof(Code), "Dit bonnummer kennen we niet, of het is verlopen. Controleer de cijfers, of doe een nieuwe melding.");
            Code = null;
            return Page();
        }
        report.ReceiptUsed(receipts.ExpiresAt(now));
        await db.SaveChangesAsync();
        Report = report;
        ModeratorMessage = cipher.DecryptOrNull(report.EncryptedModeratorMessage, SafetyReport.CipherPurpose);
        return Page();
    }
}
