using Inclusief.Web.Infrastructure.Security;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>Vetting: moderators approve or reject applications for membership; the applicant hears by mail.</summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
[Infrastructure.Pages.SensitivePage]
public sealed class MembersModel(AppDbContext db, SafetyMail mail, FieldCipher cipher, AuditLog audit, UserManager<AppUser> users, TimeProvider clock, PublicAddress site) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Applications are handled oldest first; the next ones appear as these are decided.</summary>
    public const int ApplicationsShown = 50;

    public IReadOnlyList<SafetyMember> Applications { get; private set; } = [];

    public int ApplicationsTotal { get; private set; }

    public int Approved { get; private set; }

    /// <summary>Part of a working name, to find the member to suspend, revoke or reinstate among thousands.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Approved and suspended members, for suspending, revoking or reinstating: one page of them, those asking for new regions first.</summary>
    public IReadOnlyList<SafetyMember> Members { get; private set; } = [];

    public int MembersTotal { get; private set; }

    /// <summary>
    /// The list's address values for <paramref name="page"/> with the search: for the pager, and for the forms and the
    /// redirect after a decision, so the moderator returns to the same page.
    /// </summary>
    public Dictionary<string, string> Position(int page)
    {
        var values = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            values["search"] = Search.Trim();
        }
        if (page > 1)
        {
            values[Pager.Parameter] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return values;
    }

    public async Task OnGetAsync()
    {
        PageNumber = Pager.Valid(PageNumber);
        var applications = db.Set<SafetyMember>().AsNoTracking().Where(m => m.Status == MembershipStatus.Applied);
        ApplicationsTotal = await applications.CountAsync();
        Applications = await applications.OrderBy(m => m.AppliedAt).Take(ApplicationsShown).ToListAsync();
        Approved = await db.Set<SafetyMember>().CountAsync(m => m.Status == MembershipStatus.Approved);
        var members = db.Set<SafetyMember>().AsNoTracking().Where(m => m.Status == MembershipStatus.Approved || m.Status == MembershipStatus.Suspended);
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); no .NET culture is involved.
            members = members.Where(m => m.WorkingName.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        MembersTotal = await members.CountAsync();
        Members = await members.OrderBy(m => m.PendingRegions == null).ThenBy(m => m.WorkingName).ThenBy(m => m.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    private RedirectToPageResult BackToList() => RedirectToPage(Position(PageNumber));

    /// <summary>Lets the regions an approved member added count from now on.</summary>
    public async Task<IActionResult> OnPostRegionsAsync(Guid memberId)
    {
        var member = await db.Set<SafetyMember>().SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return NotFound();
        }
        member.ApproveRegions();
        audit.Record(users.GetUserId(User)!, "safety-member-regions-approved", "safety-member", member.Id.ToString(), member.Regions);
        await db.SaveChangesAsync();
        TempData["Notice"] = "De nieuwe regio's gelden nu.";
        return BackToList();
    }

    /// <summary>Suspends, revokes or reinstates an approved member, with the reason mailed to them and the step audited.</summary>
    public async Task<IActionResult> OnPostMembershipAsync(Guid memberId, MembershipStatus status, string? reason)
    {
        var member = await db.Set<SafetyMember>().SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return NotFound();
        }
        var me = users.GetUserId(User)!;
        var now = clock.GetUtcNow().UtcDateTime;
        switch (status)
        {
            case MembershipStatus.Suspended:
                member.Suspend(reason ?? "", me, now);
                break;
            case MembershipStatus.Revoked:
                member.Revoke(reason ?? "", me, now);
                break;
            case MembershipStatus.Approved:
                member.Reinstate(me, now);
                break;
            default:
                return BadRequest();
        }
        if (cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose) is { } email)
        {
            var culture = (await users.FindByIdAsync(member.UserId))?.PreferredCulture ?? "nl";
            mail.MembershipChanged(email, culture, member.Status, member.StatusReason, site.Page(Url, "/Safety/Index"));
        }
        // The reason stays on the membership (and in the mail); the append-only log keeps no words about a person.
        audit.Record(me, $"safety-member-{member.Status.ToString().ToLowerInvariant()}", "safety-member", member.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = member.Status switch
        {
            MembershipStatus.Suspended => "Het lidmaatschap is geschorst.",
            MembershipStatus.Revoked => "Het lidmaatschap is beëindigd.",
            _ => "Het lidmaatschap gaat weer in.",
        };
        return BackToList();
    }

    public async Task<IActionResult> OnPostAsync(Guid memberId, bool approve, string? reason)
    {
        var member = await db.Set<SafetyMember>().SingleOrDefaultAsync(m => m.Id == memberId);
        if (member is null)
        {
            return NotFound();
        }
        var me = users.GetUserId(User)!;
        if (approve)
        {
            member.Approve(me, clock.GetUtcNow().UtcDateTime);
        }
        else
        {
            member.Reject(reason ?? "", me, clock.GetUtcNow().UtcDateTime);
        }
        if (cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose) is { } email)
        {
            var culture = (await users.FindByIdAsync(member.UserId))?.PreferredCulture ?? "nl";
            mail.MembershipDecided(email, culture, approve, site.Page(Url, "/Safety/Index", null, null));
        }
        audit.Record(me, approve ? "safety-member-approved" : "safety-member-rejected", "safety-member", member.Id.ToString());
        await db.SaveChangesAsync();
        TempData["Notice"] = approve ? "Het lid is goedgekeurd." : "De aanmelding is afgewezen.";
        return BackToList();
    }
}
