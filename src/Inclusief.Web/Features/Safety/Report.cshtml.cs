using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Receipts;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// Reporting violence or a dangerous client, anonymously if wanted. Identifiers are checked and normalised;
/// anything unreadable is sent back with the rest of the form intact. A report is never tied to an account,
/// also not when the reporter is signed in (no member id, no "last active"): follow-up goes by receipt code only.
/// </summary>
[AllowAnonymous]
[SensitivePage]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class ReportModel(AppDbContext db, FieldCipher cipher, MasterKey masterKey, ReceiptCodes receipts, Microsoft.Extensions.Options.IOptions<SmsOptions> smsOptions, TimeProvider clock) : PageModel
{
    public bool SmsOffered => smsOptions.Value.IsConfigured;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public string? Receipt { get; private set; }

    public bool Received { get; private set; }

    public void OnGet() => Input.SubmissionKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!string.IsNullOrEmpty(Input.Website))
        {
            Received = true;
            Receipt = ReceiptCodes.Create();
            return Page();
        }
        if (Input.SubmissionKey == Guid.Empty)
        {
            Input.SubmissionKey = Guid.NewGuid();
        }
        if (await db.Set<SafetyReport>().AnyAsync(r => r.SubmissionKey == Input.SubmissionKey))
        {
            Received = true;
            return Page();
        }
        if (Input.Region is { } region && !SafetyLabels.Regions.Contains(region))
        {
            ModelState.AddModelError("Input.Region", "Kies in welke regio het gebeurde.");
        }
        if (Input.HappenedOn is { } day && day > ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError("Input.HappenedOn", "Die datum ligt in de toekomst.");
        }
        var identifiers = new List<Identifier>();
        foreach (var (kind, raw, field, message) in new[]
        {
            (IdentifierKind.Phone, Input.Phone, "Input.Phone", "Dit telefoonnummer kunnen we niet lezen. Schrijf het bijvoorbeeld als 06 12345678 of +31 6 12345678."),
            (IdentifierKind.Email, Input.Email, "Input.Email", "Dit e-mailadres kunnen we niet lezen."),
            (IdentifierKind.Plate, Input.Plate, "Input.Plate", "Dit kenteken kunnen we niet lezen; gebruik letters en cijfers."),
            (IdentifierKind.Handle, Input.Handle, "Input.Handle", "Deze online naam kunnen we niet lezen."),
        })
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }
            if (Identifier.Parse(kind, raw) is { } parsed)
            {
                identifiers.Add(parsed);
            }
            else
            {
                ModelState.AddModelError(field, message);
            }
        }
        var smsNumber = MobileNumber.Parse(Input.SmsNumber);
        if (SmsOffered && !string.IsNullOrWhiteSpace(Input.SmsNumber) && smsNumber is null)
        {
            ModelState.AddModelError("Input.SmsNumber", MobileNumber.NotMobile);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var raws = new Dictionary<string, string?> { ["phone"] = Input.Phone, ["email"] = Input.Email, ["plate"] = Input.Plate, ["handle"] = Input.Handle }
            .Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToDictionary(p => p.Key, p => p.Value!.Trim());
        Receipt = ReceiptCodes.Create();
        var report = SafetyReport.Submit(Input.SubmissionKey,
            new SafetyReport.Account(Input.Type!.Value, Input.HappenedOn, Input.Region!, Input.Context, cipher.SealOrNull(Input.Narrative, SafetyReport.CipherPurpose)!, cipher.SealOrNull(Input.PersonDescription, SafetyReport.CipherPurpose),
                raws.Count == 0 ? null : cipher.SealOrNull(JsonSerializer.Serialize(raws), SafetyReport.CipherPurpose), cipher.SealOrNull(Input.Contact, SafetyReport.CipherPurpose), Input.WarnOthers, Input.SharePolice, Input.WantsSupport),
            identifiers.Select(i => (i.Kind, i.Hash(masterKey), i.Masked)), receipts.Hash(Receipt), receipts.ExpiresAt(now));
        if (SmsOffered && smsNumber is not null)
        {
            report.TextMeAt(cipher.Encrypt(smsNumber.E164, SafetyReport.CipherPurpose), smsNumber.KeyWith(masterKey, SafetyReport.SmsScope), Cultures.Current);
        }
        db.Add(report);
        if (!await db.SaveArrivalAsync(report, now))
        {
            // The same form sent twice at once: the other request stored it and showed the code.
            Receipt = null;
        }
        Received = true;
        return Page();
    }
}
