using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Complaints.Admin;

/// <summary>One case: what was reported, the thread with the reporter, internal notes, status, assignment and referral. Every action is audited.</summary>
[Authorize(Policy = ComplaintPermissions.Handle)]
[SensitivePage]
public sealed class CaseModel(AppDbContext db, FieldCipher cipher, AuditLog audit, ComplaintMail mail, SmsNudge sms, UserManager<AppUser> users, MunicipalityList municipalities, IOptions<ComplaintOptions> options, TimeProvider clock, PublicAddress site) : PageModel
{
    public sealed record Entry(bool FromReporter, bool IsInternal, string Author, string Text, DateOnly On);

    public Complaint Complaint { get; private set; } = null!;

    public string? Narrative { get; private set; }

    public string? MunicipalityName { get; private set; }

    public string? OrganisationName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public IReadOnlyList<Entry> Thread { get; private set; } = [];

    public IReadOnlyList<(string Id, string Name)> Caseworkers { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Partners { get; private set; } = [];

    public string? ReferredTo { get; private set; }

    public bool Overdue { get; private set; }

    public DateTime FirstResponseDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        audit.Record(users.GetUserId(User)!, "complaint-viewed", Complaint.SubjectType, id.ToString());
        await db.SaveChangesAsync();
        return Page();
    }

    public Task<IActionResult> OnPostStatusAsync(Guid id, ComplaintStatus status, ComplaintOutcome? outcome) =>
        ActAsync(id, "complaint-status-changed", c => c.MoveTo(status, outcome, Now), "De status is bijgewerkt.", status.ToString());

    public Task<IActionResult> OnPostAssignAsync(Guid id, string? caseworkerId) =>
        ActAsync(id, "complaint-assigned", c =>
        {
            if (caseworkerId is not null && Caseworkers.All(w => w.Id != caseworkerId))
            {
                throw new RuleException("Kies een behandelaar uit de lijst.");
            }
            c.Assign(caseworkerId);
        }, "De behandelaar is opgeslagen.", caseworkerId);

    public Task<IActionResult> OnPostPriorityAsync(Guid id, ComplaintPriority priority, string? tags) =>
        ActAsync(id, "complaint-prioritised", c =>
        {
            c.Prioritise(priority);
            c.Tag(tags);
        }, "Prioriteit en labels zijn opgeslagen.", priority.ToString());

    public Task<IActionResult> OnPostReplyAsync(Guid id, string? text) =>
        ActAsync(id, "complaint-replied", c =>
        {
            c.ReplyToReporter(users.GetUserId(User)!, SealedMessage(text), Now);
            if (Email is not null)
            {
                mail.ReplyWaiting(Email, c.Culture, site.Page(Url, "/Complaints/FollowUp", null, null));
            }
            if (c.SmsKey is not null)
            {
                sms.MessageWaiting(Phone, c.Culture, SmsPurpose.ComplaintNudge);
            }
        }, "Je antwoord staat klaar voor de melder.");

    public Task<IActionResult> OnPostNoteAsync(Guid id, string? text) =>
        ActAsync(id, "complaint-note-added", c => c.AddInternalNote(users.GetUserId(User)!, SealedMessage(text), Now), "De interne notitie is opgeslagen.");

    public Task<IActionResult> OnPostReferAsync(Guid id, Guid organisationId) =>
        ActAsync(id, "complaint-referred", c =>
        {
            if (Partners.All(p => p.Id != organisationId))
            {
                throw new RuleException("Kies een partnerorganisatie uit de lijst.");
            }
            c.Refer(organisationId, Now);
        }, "De melding is doorverwezen.", organisationId.ToString());

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A caseworker's message, checked and sealed; a rule that says no sends the caseworker back with the reason (RuleRefusal).</summary>
    private string SealedMessage(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RuleException("Schrijf eerst je bericht.");
        }
        if (text.Length > Complaint.NarrativeMaxLength)
        {
            throw RuleException.TooLong("Je bericht", Complaint.NarrativeMaxLength);
        }
        return cipher.SealOrNull(text, Complaint.CipherPurpose)!;
    }

    private async Task<IActionResult> ActAsync(Guid id, string action, Action<Complaint> act, string done, string? detail = null)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        act(Complaint);
        audit.Record(users.GetUserId(User)!, action, Complaint.SubjectType, id.ToString(), detail);
        await db.SaveChangesAsync();
        TempData["Notice"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var complaint = await db.Set<Complaint>().Include(c => c.Messages).SingleOrDefaultAsync(c => c.Id == id);
        if (complaint is null)
        {
            return false;
        }
        Complaint = complaint;
        MunicipalityName = await municipalities.NameOfAsync(complaint.MunicipalityCode);
        Narrative = cipher.DecryptOrNull(complaint.EncryptedNarrative, Complaint.CipherPurpose);
        OrganisationName = cipher.DecryptOrNull(complaint.EncryptedOrganisationName, Complaint.CipherPurpose);
        Email = cipher.DecryptOrNull(complaint.EncryptedEmail, Complaint.CipherPurpose);
        Phone = cipher.DecryptOrNull(complaint.EncryptedPhone, Complaint.CipherPurpose);
        var caseworkers = await users.GetUsersInRoleAsync(StaffRoles.Caseworker);
        Caseworkers = caseworkers.OrderBy(u => u.DisplayName).Select(u => (u.Id, u.DisplayName)).ToList();
        var names = caseworkers.ToDictionary(u => u.Id, u => u.DisplayName);
        Thread = complaint.Messages.OrderBy(m => m.Number)
            .Select(m => new Entry(m.FromReporter, m.IsInternal, m.FromReporter ? "" : names.GetValueOrDefault(m.AuthorId ?? "") ?? "–", cipher.DecryptOrNull(m.EncryptedText, Complaint.CipherPurpose) ?? "", m.WrittenOn)).ToList();
        Partners = await db.ApprovedOrganisations().OrderBy(o => o.Name)
            .Select(o => new ValueTuple<Guid, string>(o.Id, o.Name)).ToListAsync();
        ReferredTo = complaint.ReferredToOrganisationId is { } referred ? Partners.FirstOrDefault(p => p.Id == referred).Name : null;
        FirstResponseDue = complaint.FirstResponseDueAt(options.Value.FirstResponseWorkingDays);
        Overdue = complaint.IsOverdue(Now, options.Value.FirstResponseWorkingDays);
        return true;
    }
}
