using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Research;

/// <summary>The action-research trajectories, and starting a new one with a municipality.</summary>
[Authorize(Policy = ResearchPermissions.Facilitate)]
public sealed class IndexModel(AppDbContext db, MunicipalityList municipalities, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Trajectory> Trajectories { get; private set; } = [];

    public IReadOnlyList<Municipality> Municipalities { get; private set; } = [];

    /// <summary>The municipality of each trajectory, by the name people use.</summary>
    public IReadOnlyDictionary<Guid, string> MunicipalityNames { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync() => await LoadAsync();

    [BindProperty]
    public TrajectoryInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Input.MunicipalityCode is { Length: > 0 } code && Municipalities.All(m => m.Code != code))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MunicipalityCode)}", "Kies een gemeente uit de lijst, of laat dit leeg.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var trajectory = Trajectory.Start(Input.Title!, Input.MunicipalityCode, Input.Question!, Input.Partners ?? "", Input.Facilitators ?? "", Input.StartsOn!.Value, Input.EndsOn,
                users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
            db.Add(trajectory);
            await db.SaveChangesAsync();
            return RedirectToPage("Trajectory", new { id = trajectory.Id });
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Trajectories = await db.Set<Trajectory>().AsNoTracking().OrderByDescending(t => t.StartsOn).ToListAsync();
        Municipalities = await municipalities.ActiveAsync();
        var names = new Dictionary<Guid, string>();
        foreach (var t in Trajectories.Where(t => t.MunicipalityCode is not null))
        {
            names[t.Id] = (await municipalities.NameOfAsync(t.MunicipalityCode))!;
        }
        MunicipalityNames = names;
    }
}
