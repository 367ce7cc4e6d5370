using System.Text;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>
/// One report for a moderator: read it, write a redacted warning for chosen regions and publish it (or approve a
/// colleague's), answer the reporter, and export it for the police only with the reporter's consent. All audited.
/// </summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class ReportModel(AppDbContext db, FieldCipher cipher, AuditLog audit, Outbox outbox, SmsNudge sms, IOptions<SafetyOptions> options, UserManager<AppUser> users, UserAdministration administration, TimeProvider clock, PublicAddress site) : PageModel
{
    public SafetyReport Report { get; private set; } = null!;

    public string? Narrative { get; private set; }

    public string? PersonDescription { get; private set; }

    public IReadOnlyDictionary<string, string> RawIdentifiers { get; private set; } = new Dictionary<string, string>();

    public string? Contact { get; private set; }

    public IReadOnlyList<SafetyWarning> Warnings { get; private set; } = [];

    public bool SecondApprovalRequired => options.Value.RequireSecondApproval;

    public string? Me { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        audit.Record(Me!, "safety-report-viewed", SafetyReport.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostWarnAsync(Guid id, string? text, Severity severity, List<string> regions)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Report.MarkPublished(Now);
        var warning = SafetyWarning.Write(Report, text ?? "", severity, regions, Me!, Now);
        db.Add(warning);
        if (!SecondApprovalRequired)
        {
            await PublishAsync(warning);
        }
        audit.Record(Me!, "safety-warning-written", SafetyReport.SubjectType, id.ToString(), warning.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = SecondApprovalRequired ? "De waarschuwing wacht op goedkeuring door een tweede moderator." : "De waarschuwing is gepubliceerd en gaat naar de leden in de gekozen regio's.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, Guid warningId)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var warning = await db.Set<SafetyWarning>().SingleOrDefaultAsync(w => w.Id == warningId && w.ReportId == id);
        if (warning is null)
        {
            return NotFound();
        }
        await PublishAsync(warning);
        audit.Record(Me!, "safety-warning-approved", SafetyReport.SubjectType, id.ToString(), warning.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "De waarschuwing is gepubliceerd en gaat naar de leden in de gekozen regio's.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostHandleAsync(Guid id, string? message)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if ((message?.Length ?? 0) > SafetyReport.TextMaxLength)
        {
            RuleRefusal.Keep(TempData, RuleException.TooLong("Je bericht", SafetyReport.TextMaxLength));
            return RedirectToPage(new { id });
        }
        Report.MarkHandled(cipher.SealOrNull(message, SafetyReport.CipherPurpose), Now);
        if (!string.IsNullOrWhiteSpace(message) && Report.SmsKey is not null)
        {
            sms.MessageWaiting(cipher.DecryptOrNull(Report.EncryptedSmsNumber, SafetyReport.CipherPurpose), Report.SmsCulture ?? Cultures.Dutch, SmsPurpose.SafetyFollowUp);
        }
        audit.Record(Me!, "safety-report-handled", SafetyReport.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = "De melding is behandeld. De melder ziet je bericht met het bonnummer.";
        return RedirectToPage("Index");
    }

    /// <summary>For the police, without anything about the reporter, and only when the reporter consented.</summary>
    public async Task<IActionResult> OnPostPoliceExportAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (!Report.SharePolice)
        {
            RuleRefusal.Keep(TempData, new RuleException("De melder heeft geen toestemming gegeven om dit met de politie te delen."));
            return RedirectToPage(new { id });
        }
        var text = new StringBuilder()
            .AppendLine("Anonieme melding via Inclusief samenwerken in de stad")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Soort: {SafetyLabels.Label(Report.Type)}")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Datum: {Report.HappenedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "onbekend"}")
            .AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"Regio: {Report.Region}")
            .AppendLine().AppendLine("Wat er gebeurde:").AppendLine(Narrative)
            .AppendLine().AppendLine("Beschrijving van de persoon:").AppendLine(PersonDescription ?? "-")
            .AppendLine().AppendLine("Kenmerken:");
        foreach (var (kind, value) in RawIdentifiers)
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"- {kind}: {value}");
        }
        audit.Record(Me!, "safety-report-exported-for-police", SafetyReport.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", "melding-politie.txt");
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task PublishAsync(SafetyWarning warning)
    {
        var since = SecondApprovalRequired ? await administration.RoleHeldSinceAsync(Me!, StaffRoles.SafetyModerator) : null;
        warning.Publish(Me!, SecondApprovalRequired, options.Value.WarningLifetime, Now, since);
        outbox.Enqueue(WarningFanOut.OutboxKind, new WarningFanOut.Job(warning.Id, site.Root));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var report = await db.Set<SafetyReport>().Include(r => r.Identifiers).SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return false;
        }
        Report = report;
        Me = users.GetUserId(User);
        Narrative = cipher.DecryptOrNull(report.EncryptedNarrative, SafetyReport.CipherPurpose);
        PersonDescription = cipher.DecryptOrNull(report.EncryptedPersonDescription, SafetyReport.CipherPurpose);
        Contact = cipher.DecryptOrNull(report.EncryptedContact, SafetyReport.CipherPurpose);
        RawIdentifiers = cipher.DecryptOrNull(report.EncryptedIdentifiers, SafetyReport.CipherPurpose) is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : new Dictionary<string, string>();
        Warnings = await db.Set<SafetyWarning>().AsNoTracking().Where(w => w.ReportId == id).OrderBy(w => w.CreatedAt).ToListAsync();
        return true;
    }
}
