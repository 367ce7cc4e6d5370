using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Receipts;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Reporting a complaint without an account. The receipt code is shown once, in the answer to the post itself
/// (never in an address, a cookie or a mail), together with the information that fits the category.
/// </summary>
[AllowAnonymous]
[SensitivePage]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class IndexModel(AppDbContext db, FieldCipher cipher, MasterKey masterKey, ReceiptCodes receipts, MunicipalityList municipalities, UserManager<AppUser> users,
    IOptions<SmsOptions> sms, TimeProvider clock) : PageModel
{
    public bool SmsOffered => sms.Value.IsConfigured;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    /// <summary>Set after a successful report: the code to show this once.</summary>
    public string? Receipt { get; private set; }

    public bool AlreadyReceived { get; private set; }

    public ComplaintCategory? ReceivedCategory { get; private set; }

    public string? Guidance { get; private set; }

    public async Task OnGetAsync()
    {
        Input.SubmissionKey = Guid.NewGuid();
        Municipalities = await municipalities.ActiveAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Municipalities = await municipalities.ActiveAsync();
        if (!string.IsNullOrEmpty(Input.Website))
        {
            // A robot: answer as if it worked, store nothing.
            Receipt = ReceiptCodes.Create();
            return await ShowGuidanceAsync(Input.Category ?? ComplaintCategory.Other);
        }
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }
        if (await db.Set<Complaint>().AsNoTracking().Where(c => c.SubmissionKey == Input.SubmissionKey).Select(c => (ComplaintCategory?)c.Category).FirstOrDefaultAsync() is { } earlier)
        {
            AlreadyReceived = true;
            return await ShowGuidanceAsync(earlier);
        }
        if (Blank(Input.MunicipalityCode) is { } code && Municipalities.All(m => m.Code != code))
        {
            ModelState.AddModelError("Input.MunicipalityCode", "Kies een gemeente uit de lijst, of laat dit leeg.");
        }
        if (Input.HappenedOn is { } day && day > ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError("Input.HappenedOn", "Die datum ligt in de toekomst.");
        }
        var textTo = Input.TextMe && SmsOffered ? MobileNumber.Parse(Input.Phone) : null;
        if (Input.TextMe && SmsOffered && textTo is null)
        {
            ModelState.AddModelError("Input.Phone", string.IsNullOrWhiteSpace(Input.Phone) ? "Vul het mobiele nummer in waar de sms naartoe moet." : MobileNumber.NotMobile);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Receipt = ReceiptCodes.Create();
        var complaint = Complaint.Submit(Input.SubmissionKey,
            new Complaint.Report(Input.OrganisationKind!.Value, cipher.SealOrNull(Input.OrganisationName, Complaint.CipherPurpose), Input.Category!.Value, Input.HappenedOn, Blank(Input.MunicipalityCode),
                Input.Wish!.Value, cipher.SealOrNull(Input.Narrative, Complaint.CipherPurpose)!, cipher.SealOrNull(Input.Email, Complaint.CipherPurpose), cipher.SealOrNull(Input.Phone, Complaint.CipherPurpose),
                textTo?.KeyWith(masterKey, Complaint.SmsScope)),
            receipts.Hash(Receipt), receipts.ExpiresAt(now), Input.UnderMyAccount ? users.GetUserId(User) : null, Cultures.Current);
        db.Set<Complaint>().Add(complaint);
        if (!await db.SaveArrivalAsync(complaint, now))
        {
            // The same form sent twice at once: the other request stored it and showed the code.
            Receipt = null;
            AlreadyReceived = true;
        }
        return await ShowGuidanceAsync(complaint.Category);
    }

    private async Task<IActionResult> ShowGuidanceAsync(ComplaintCategory category)
    {
        ReceivedCategory = category;
        var chain = Cultures.FallbackChain(Cultures.Current).ToList();
        var guidance = await db.Set<ComplaintGuidance>().AsNoTracking().Where(g => g.Category == category && chain.Contains(g.Culture))
            .ToListAsync();
        var shown = chain.Select(c => guidance.FirstOrDefault(g => g.Culture == c)).FirstOrDefault(g => g is not null);
        Guidance = shown?.Markdown;
        GuidanceLanguage = shown?.Culture;
        return Page();
    }

    /// <summary>The language the information page is written in, when it had to fall back to another.</summary>
    public string? GuidanceLanguage { get; private set; }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
