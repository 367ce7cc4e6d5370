using System.ComponentModel.DataAnnotations;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Policies;

/// <summary>
/// Recording a municipality's policy as a new version with its sources. If someone saved a newer version while
/// this form was open, nothing is overwritten: the form comes back with the input kept and the newer version shown.
/// </summary>
[Authorize(Policy = PolicyPermissions.Edit)]
public sealed class EditModel(AppDbContext db, PolicyRegister register, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public const int SourceSlots = 3;

    public Municipalities.Municipality Municipality { get; private set; } = null!;

    public PolicyRecord? Current { get; private set; }

    [BindProperty]
    public Guid? BasedOn { get; set; }

    [BindProperty]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty]
    [StringLength(PolicyRecord.NotesMaxLength)]
    [Display(Name = "De toelichting")]
    public string? Notes { get; set; }

    [BindProperty]
    public Dictionary<string, List<string>> Values { get; set; } = [];

    [BindProperty]
    public List<SourceInput> Sources { get; set; } = [.. Enumerable.Range(0, SourceSlots).Select(_ => new SourceInput())];

    public sealed class SourceInput
    {
        public string? Title { get; set; }

        public string? Url { get; set; }

        public DateOnly? PublishedOn { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        BasedOn = Current?.Id;
        ValidFrom = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (Current is not null)
        {
            Values = Current.Values.ToDictionary(v => v.Key, v => v.Value.ToList());
            Notes = Current.Notes;
            for (var i = 0; i < Math.Min(SourceSlots, Current.Sources.Count); i++)
            {
                Sources[i] = new SourceInput { Title = Current.Sources[i].Title, Url = Current.Sources[i].Url, PublishedOn = Current.Sources[i].PublishedOn };
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }
        while (Sources.Count < SourceSlots)
        {
            Sources.Add(new SourceInput());
        }
        if (ValidFrom is null)
        {
            ModelState.AddModelError(nameof(ValidFrom), "Vul in vanaf wanneer dit beleid geldt.");
        }
        if (Current?.Id != BasedOn)
        {
            ModelState.AddModelError(string.Empty, "Iemand anders heeft intussen een nieuwere versie opgeslagen (hieronder te zien). Je invoer staat er nog; kijk of die klopt en sla opnieuw op.");
            BasedOn = Current?.Id;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            var record = PolicyRecord.Record(code, ValidFrom!.Value, Values.ToDictionary(v => v.Key, v => (IReadOnlyList<string>)v.Value), Notes,
                Sources.Select(s => new PolicyRecord.Source(s.Title ?? "", s.Url, s.PublishedOn)).ToList(), users.GetUserId(User)!, clock.GetUtcNow().UtcDateTime);
            db.Add(record);
            audit.Record(users.GetUserId(User)!, "policy-recorded", "municipality", code, record.Id.ToString());
            await db.SaveChangesAsync();
        }
        catch (RuleException ex)
        {
            RuleRefusal.Show(this, string.Empty, ex);
            return Page();
        }
        TempData["Notice"] = "Het beleid is vastgelegd.";
        return RedirectToPage("Municipality", new { code });
    }

    private async Task<bool> LoadAsync(string code)
    {
        var municipality = await db.Set<Municipalities.Municipality>().AsNoTracking().SingleOrDefaultAsync(m => m.Code == code);
        if (municipality is null)
        {
            return false;
        }
        Municipality = municipality;
        Current = (await register.CurrentAsync([code])).GetValueOrDefault(code);
        return true;
    }

    public IReadOnlyList<string> Chosen(PolicyDimension dimension) => Values.TryGetValue(dimension.Code, out var v) ? v : [PolicyDimension.Unknown];
}
