using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Consents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Web.Features.Participation;

/// <summary>"Mijn deelname": a person's own sign-ups and memberships. Nobody sees another's.</summary>
[Authorize]
public sealed class MineModel(AppDbContext db, UserManager<AppUser> users, Consents consents, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Participant> Participants { get; private set; } = [];

    public IReadOnlySet<Guid> SharingLivedExperience { get; private set; } = new HashSet<Guid>();

    /// <summary>A partner's contact reads the programme's figures (the monitoring), reached from here.</summary>
    public bool ReadsFigures { get; private set; }

    [BindProperty]
    [StringLength(500)]
    [Display(Name = "Wanneer kun je wel?")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LinkByConfirmedEmailAsync(user);
        Participants = await db.Set<Participant>().AsNoTracking()
            .Include(p => p.Intakes)
            .Where(p => p.UserId == user.Id)
            .OrderByDescending(p => p.CreatedAt)
            .ToListAsync();
        var sharing = await consents.GivenAmongAsync(Participant.SubjectType, Participants.Select(p => p.Id.ToString()).ToList(), ConsentPurpose.ShareLivedExperience);
        SharingLivedExperience = Participants.Where(p => sharing.Contains(p.Id.ToString())).Select(p => p.Id).ToHashSet();
        // Only an active partner sign-up can open the figures: no one else pays for the check.
        ReadsFigures = Participants.Any(p => p.Form == ParticipationForm.Partner && p.Status == ParticipationStatus.Active)
            && (await authorization.AuthorizeAsync(User, Monitoring.MonitoringPermissions.Read)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnPostContactAsync(Guid id,
        [Required, StringLength(Participant.DisplayNameMaxLength, MinimumLength = Participant.DisplayNameMinLength), Display(Name = "Naam of schuilnaam")] string? displayName,
        [Phone, StringLength(ContactDetails.PhoneMaxLength), Display(Name = "Telefoonnummer")] string? phone)
    {
        var participant = await OwnAsync(id);
        if (participant is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await OnGetAsync();
        }
        participant.UpdateContact(displayName!.Trim(), phone?.Trim());
        await db.SaveChangesAsync();
        TempData["Notice"] = "Je gegevens zijn opgeslagen.";
        return RedirectToPage();
    }

    /// <summary>Gives or withdraws the voluntary statement of lived experience; the history is kept as consent records.</summary>
    public async Task<IActionResult> OnPostLivedExperienceAsync(Guid id, bool share)
    {
        var participant = await OwnAsync(id);
        if (participant is null)
        {
            return NotFound();
        }
        consents.Record(Participant.SubjectType, participant.Id.ToString(), ConsentPurpose.ShareLivedExperience, share);
        await db.SaveChangesAsync();
        TempData["Notice"] = share ? "Opgeslagen: coördinatoren weten dat je vanuit eigen ervaring meedoet." : "Opgeslagen: je hebt deze toestemming ingetrokken.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOtherTimeAsync(Guid id)
    {
        var participant = await OwnAsync(id);
        if (participant is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await OnGetAsync();
        }
        participant.RequestOtherIntakeTime(Note ?? "");
        await db.SaveChangesAsync();
        TempData["Notice"] = "We hebben je verzoek doorgegeven. Een coördinator stelt een ander moment voor.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLeaveAsync(Guid id)
    {
        var participant = await OwnAsync(id);
        if (participant is null)
        {
            return NotFound();
        }
        participant.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Notice"] = "Je doet hier niet meer aan mee. Je bent altijd welkom om je opnieuw aan te melden.";
        return RedirectToPage();
    }

    private async Task<Participant?> OwnAsync(Guid id)
    {
        var userId = users.GetUserId(User);
        return await db.Set<Participant>().Include(p => p.Intakes).SingleOrDefaultAsync(p => p.Id == id && p.UserId == userId);
    }

    /// <summary>
    /// Sign-ups made before the account existed belong to it once the address is confirmed. Looked for first: an update
    /// that finds nothing still takes SQLite's write lock, and this page is opened far more often than there is anything to link.
    /// </summary>
    private async Task LinkByConfirmedEmailAsync(AppUser user)
    {
        if (!user.EmailConfirmed || user.Email is null)
        {
            return;
        }
        var email = user.Email.ToLowerInvariant();
        var unlinked = db.Set<Participant>().Where(p => p.UserId == null && p.Email == email);
        if (await unlinked.AnyAsync())
        {
            await unlinked.ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, user.Id));
        }
    }
}
