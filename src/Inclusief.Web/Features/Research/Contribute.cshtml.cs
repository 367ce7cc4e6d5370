using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Research;

/// <summary>Contributing to an inventory through the link the team shares: no account, a pseudonym or nothing at all.</summary>
[AllowAnonymous]
[EnableRateLimiting(SubmissionRateLimit.Policy)]
public sealed class ContributeModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Trajectory Trajectory { get; private set; } = null!;

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, StakeholderGroup group, string? pseudonym, string? currentSituation, string? desiredSituation,
        string? needs, string? solutionDirections, string? motivation, string? assets)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        try
        {
            db.Add(Contribution.Record(Trajectory, new Contribution.Input(group, pseudonym, currentSituation, desiredSituation, needs, solutionDirections, motivation, assets), viaLink: true, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            Done = true;
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string code)
    {
        var trajectory = await db.Set<Trajectory>().AsNoTracking().SingleOrDefaultAsync(t => t.InventoryCode == code);
        if (trajectory is null)
        {
            return false;
        }
        Trajectory = trajectory;
        return true;
    }
}
