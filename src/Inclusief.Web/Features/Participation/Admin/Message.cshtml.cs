using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation.Admin;

/// <summary>A message to every active member of one group, sent one mail each through the outbox.</summary>
[Authorize(Policy = ParticipationPermissions.Coordinate)]
public sealed class MessageModel(AppDbContext db, ParticipationMail mail, AuditLog audit, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    [Display(Name = "Groep")]
    public ParticipationForm Group { get; set; } = ParticipationForm.ExpertGroup;

    [BindProperty]
    [Required]
    [StringLength(150)]
    [Display(Name = "Onderwerp")]
    public string Subject { get; set; } = "";

    [BindProperty]
    [Required]
    [StringLength(10000)]
    [Display(Name = "Bericht")]
    public string Body { get; set; } = "";

    public IReadOnlyDictionary<ParticipationForm, int> MemberCounts { get; private set; } = new Dictionary<ParticipationForm, int>();

    public async Task OnGetAsync() => await CountAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ParticipationForms.IsGroup(Group))
        {
            ModelState.AddModelError(nameof(Group), "Kies een groep.");
        }
        if (!ModelState.IsValid)
        {
            await CountAsync();
            return Page();
        }
        var members = await db.Set<Participant>().Where(p => p.Form == Group && p.Status == ParticipationStatus.Active).ToListAsync();
        foreach (var member in members)
        {
            mail.GroupMessage(member, Subject.Trim(), Body.Trim());
        }
        audit.Record(users.GetUserId(User)!, "group-message-sent", "group", Group.ToString(), $"{members.Count} recipients");
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het bericht staat klaar om te versturen.";
        return RedirectToPage("Index");
    }

    private async Task CountAsync() =>
        MemberCounts = (await db.Set<Participant>().Where(p => p.Status == ParticipationStatus.Active)
            .GroupBy(p => p.Form).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => g.Key, g => g.Count);
}
