using System.ComponentModel.DataAnnotations;
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

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Following up with the receipt code only. The code travels in the posted form, never in the address; every
/// answer is rendered in response to a post, so the browser history holds no report. Guessing is slowed by the
/// hash and the rate limit, and a wrong and an expired code get the same answer.
/// </summary>
[AllowAnonymous]
[SensitivePage]
[EnableRateLimiting(SubmissionRateLimit.ReceiptPolicy)]
public sealed class FollowUpModel(AppDbContext db, FieldCipher cipher, ReceiptCodes receipts, TimeProvider clock) : PageModel
{
    public sealed record Entry(bool FromReporter, string Text, DateOnly On);

    [BindProperty]
    public string? Code { get; set; }

    public Complaint? Complaint { get; private set; }

    public IReadOnlyList<Entry> Thread { get; private set; } = [];

    public string? Narrative { get; private set; }

    public string? Notice { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync() => await OpenAsync() ? Page() : Refused();

    public async Task<IActionResult> OnPostWriteAsync(
        [Required(ErrorMessage = "Schrijf eerst je bericht."), StringLength(Complaint.NarrativeMaxLength), Display(Name = "Je bericht")] string? message)
    {
        if (!await OpenAsync())
        {
            return Refused();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Complaint!.ReporterWrites(cipher.Encrypt(message!.Trim(), Complaint.CipherPurpose), clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, "message", ex);
            return Page();
        }
        await db.SaveChangesAsync();
        Notice = "Je bericht is verstuurd.";
        await OpenAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync()
    {
        if (!await OpenAsync())
        {
            return Refused();
        }
        Complaint!.ConsentToReferral(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        Notice = "Dank je. We mogen je melding nu doorgeven aan een partnerorganisatie die je kan helpen.";
        return Page();
    }

    private PageResult Refused()
    {
        ModelState.AddModelError(nameof(Code), "Dit bonnummer kennen we niet, of het is verlopen. Controleer de cijfers, of doe een nieuwe melding.");
        Code = null;
        return Page();
    }

    private async Task<bool> OpenAsync()
    {
        var hash = receipts.Hash(Code);
        var now = clock.GetUtcNow().UtcDateTime;
        var complaint = await db.Set<Complaint>().Include(c => c.Messages).SingleOrDefaultAsync(c => c.ReceiptHash == hash);
        if (complaint is null || !complaint.CanBeFollowedUp(now))
        {
            return false;
        }
        complaint.ReceiptUsed(receipts.ExpiresAt(now));
        await db.SaveChangesAsync();
        Complaint = complaint;
        Narrative = cipher.DecryptOrNull(complaint.EncryptedNarrative, Complaint.CipherPurpose);
        Thread = complaint.Messages.Where(m => !m.IsInternal).OrderBy(m => m.Number).Select(m => new Entry(m.FromReporter, cipher.DecryptOrNull(m.EncryptedText, Complaint.CipherPurpose) ?? "", m.WrittenOn)).ToList();
        return true;
    }
}
