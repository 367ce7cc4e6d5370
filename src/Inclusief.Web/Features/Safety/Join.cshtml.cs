using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Safety;

/// <summary>Applying for membership under a working name, and later changing regions and alert choice.</summary>
[Authorize]
[Infrastructure.Pages.SensitivePage]
public sealed class JoinModel(AppDbContext db, SafetyMembership membership, FieldCipher cipher, UserManager<AppUser> users, TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<Infrastructure.Sms.SmsOptions> sms) : PageModel
{
    /// <summary>Alerts by SMS are offered only where a gateway is configured.</summary>
    public bool SmsOffered => sms.Value.IsConfigured;

    [BindProperty]
    [Required]
    [StringLength(100)]
    [Display(Name = "Werknaam")]
    public string WorkingName { get; set; } = "";

    [BindProperty]
    [Required]
    [EmailAddress]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    [BindProperty]
    public List<string> Regions { get; set; } = [];

    [BindProperty]
    public List<WorkContext> Contexts { get; set; } = [];

    [BindProperty]
    [StringLength(200)]
    [Display(Name = "Organisatie (alleen voor outreachwerkers)")]
    public string? OutreachOrganisation { get; set; }

    [BindProperty]
    public bool AlertByEmail { get; set; }

    public SafetyMember? Member { get; private set; }

    public async Task OnGetAsync()
    {
        Member = await membership.MineAsync(users.GetUserId(User));
        if (Member is { } m)
        {
            WorkingName = m.WorkingName;
            Email = cipher.DecryptOrNull(m.EncryptedEmail, SafetyMember.CipherPurpose) ?? "";
            Regions = [.. m.RegionList, .. m.PendingRegionList];
            Contexts = SafetyLabels.Contexts.Where(c => m.Context.HasFlag(c)).ToList();
            OutreachOrganisation = m.OutreachOrganisation;
            AlertByEmail = m.AlertByEmail;
        }
        else if (await users.GetUserAsync(User) is { } user)
        {
            Email = user.Email ?? "";
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Member = await membership.MineAsync(users.GetUserId(User));
        if (Regions.Count == 0)
        {
            ModelState.AddModelError(nameof(Regions), "Kies minstens één regio uit de lijst.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var context = Contexts.Aggregate(WorkContext.None, (all, c) => all | c);
        var email = cipher.Encrypt(Email.Trim(), SafetyMember.CipherPurpose);
        try
        {
            if (Member is null)
            {
                db.Add(SafetyMember.Apply(users.GetUserId(User)!, WorkingName, email, Regions, context, OutreachOrganisation, clock.GetUtcNow().UtcDateTime));
                TempData["Notice"] = "Dank je. Een moderator bekijkt je aanmelding; je krijgt een mail als die is goedgekeurd.";
            }
            else
            {
                Member.Change(WorkingName, email, Regions, context, OutreachOrganisation, AlertByEmail);
                TempData["Notice"] = Member.PendingRegions is null
                    ? "Je keuzes zijn opgeslagen."
                    : "Je keuzes zijn opgeslagen. Nieuwe regio's gaan in zodra een moderator ze heeft bekeken.";
            }
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Regions), ex);
            return Page();
        }
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}
