using Inclusief.Web.Infrastructure.Pages;
using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>After the event: an impression and the outcomes (for a dialogue table: agreements, open questions, minority views heard), published on the event page.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class WriteUpModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Event Event { get; private set; } = null!;

    [BindProperty]
    [Required]
    [StringLength(Event.TextMaxLength)]
    [Display(Name = "Impressie")]
    public string Impression { get; set; } = "";

    [BindProperty]
    [StringLength(Event.TextMaxLength)]
    [Display(Name = "Afspraken")]
    public string? Agreements { get; set; }

    [BindProperty]
    [StringLength(Event.TextMaxLength)]
    [Display(Name = "Open vragen")]
    public string? OpenQuestions { get; set; }

    [BindProperty]
    [StringLength(Event.TextMaxLength)]
    [Display(Name = "Minderheidsstandpunten die gehoord zijn")]
    public string? MinorityViews { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await db.Set<Event>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id) is not { } ev)
        {
            return NotFound();
        }
        Event = ev;
        Impression = ev.Impression ?? "";
        Agreements = ev.Agreements;
        OpenQuestions = ev.OpenQuestions;
        MinorityViews = ev.MinorityViews;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await db.Set<Event>().SingleOrDefaultAsync(e => e.Id == id) is not { } ev)
        {
            return NotFound();
        }
        Event = ev;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            ev.PublishWriteUp(Impression, Agreements, OpenQuestions, MinorityViews, clock.GetUtcNow().UtcDateTime);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het verslag staat op de pagina van de bijeenkomst.";
        return RedirectToPage("/Events/Details", new { id, invite = ev.InvitationCode });
    }
}
