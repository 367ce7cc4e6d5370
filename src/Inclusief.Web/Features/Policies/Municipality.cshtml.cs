using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Policies;

/// <summary>One municipality's policy: the current record with its sources, earlier versions, and recorded effects.</summary>
[AllowAnonymous]
public sealed class MunicipalityModel(AppDbContext db, IAuthorizationService authorization, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public Municipalities.Municipality Municipality { get; private set; } = null!;

    public IReadOnlyList<PolicyRecord> History { get; private set; } = [];

    public IReadOnlyList<PolicyEffect> Effects { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Authors { get; private set; } = new Dictionary<string, string>();

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code) => await LoadAsync(code) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEffectAsync(string code, string? indicator, string? value, string? period, string? source)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var effect = PolicyEffect.Record(code, indicator ?? "", value ?? "", period ?? "", source ?? "", users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
        db.Add(effect);
        audit.Record(users.GetUserId(User)!, "policy-effect-recorded", "municipality", code);
        await db.SaveChangesAsync();
        TempData["Notice"] = "Het effect is vastgelegd.";
        return RedirectToPage(new { code });
    }

    private async Task<bool> LoadAsync(string code)
    {
        var municipality = await db.Set<Municipalities.Municipality>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == code);
        if (municipality is null)
        {
            return false;
        }
        Municipality = municipality;
        History = (await db.Set<PolicyRecord>().AsNoTracking().Include(r => r.Sources).Where(r => r.MunicipalityCode == code).ToListAsync())
            .OrderByDescending(r => r.ValidFrom).ThenByDescending(r => r.CreatedAt).ToList();
        Effects = await db.Set<PolicyEffect>().AsNoTracking().Where(e => e.MunicipalityCode == code).OrderBy(e => e.Indicator).ToListAsync();
        CanEdit = (await authorization.AuthorizeAsync(User, PolicyPermissions.Edit)).Succeeded;
        if (CanEdit)
        {
            var ids = History.Select(r => r.CreatedById).Distinct().ToList();
            Authors = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        }
        return true;
    }
}
