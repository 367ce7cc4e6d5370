using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Accessibility;

/// <summary>
/// The accessibility statement Dutch public-sector sites publish, with the form to report a barrier. The
/// report needs no account and no name; an address only when the reporter wants an answer by mail.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db, FieldCipher cipher, IOptions<AccessibilityOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public BarrierInput Input { get; set; } = new();

    /// <summary>When the statement was last checked against the site; change it with the text.</summary>
    public static readonly DateOnly StatementDate = new(2026, 12, 6);

    public int AnswerWithinDays => options.Value.AnswerWithinDays;

    public bool Received { get; private set; }

    public bool AnswerByMail { get; private set; }

    public void OnGet() => Input.SubmissionKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrEmpty(Input.Website))
        {
            Received = true;
            return Page();
        }
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }
        if (await db.Set<BarrierReport>().AsNoTracking().AnyAsync(r => r.SubmissionKey == Input.SubmissionKey))
        {
            Received = true;
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        var report = BarrierReport.Receive(Input.SubmissionKey, cipher.SealOrNull(string.IsNullOrWhiteSpace(Input.Page) ? null : Input.Page.Trim(), BarrierReport.CipherPurpose),
            cipher.Encrypt(Input.Description.Trim(), BarrierReport.CipherPurpose), cipher.SealOrNull(email, BarrierReport.CipherPurpose), Cultures.Current);
        db.Add(report);
        await db.SaveArrivalAsync(report, clock.GetUtcNow().UtcDateTime);
        Received = true;
        AnswerByMail = email is not null;
        return Page();
    }
}
