using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints.Admin;

/// <summary>Coordinators keep the information per category and language up to date (Markdown, no HTML).</summary>
[Authorize(Policy = ComplaintPermissions.WriteGuidance)]
public sealed class GuidanceModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ComplaintCategory Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Culture { get; set; } = Cultures.Dutch;

    [BindProperty]
    [StringLength(ComplaintGuidance.MaxLength)]
    [Display(Name = "De tekst")]
    public string Markdown { get; set; } = "";

    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Cultures.IsSupported(Culture))
        {
            return NotFound();
        }
        var guidance = await db.Set<ComplaintGuidance>().AsNoTracking().SingleOrDefaultAsync(g => g.Category == Category && g.Culture == Culture);
        Markdown = guidance?.Markdown ?? "";
        UpdatedAt = guidance?.UpdatedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Cultures.IsSupported(Culture))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var guidance = await db.Set<ComplaintGuidance>().SingleOrDefaultAsync(g => g.Category == Category && g.Culture == Culture);
        try
        {
            if (guidance is null)
            {
                guidance = ComplaintGuidance.Write(Category, Culture, "", null, now);
                db.Add(guidance);
            }
            guidance.Rewrite(Markdown, users.GetUserId(User)!, now);
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, nameof(Markdown), ex);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Notice"] = "De informatie is opgeslagen.";
        return RedirectToPage(new { Category, Culture });
    }
}
