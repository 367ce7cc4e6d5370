using Inclusief.Data;
using Inclusief.Web.Features.Admin;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Municipalities.Admin;

/// <summary>Importing a newer CBS municipality list after the yearly mergers of 1 January.</summary>
[Authorize(Policy = AdminPermissions.Policy)]
public sealed class ImportModel(MunicipalityList municipalities, AppDbContext db, AuditLog audit, UserManager<AppUser> users) : PageModel
{
    public const long MaxBytes = 1024 * 1024;

    public MunicipalityList.ImportResult? Result { get; private set; }

    public IReadOnlyList<MunicipalityImportException.Problem> Problems { get; private set; } = [];

    public int Active { get; private set; }

    public async Task OnGetAsync() => Active = (await municipalities.ActiveAsync()).Count;

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            Problems = [new("Kies het CSV-bestand met de gemeenten.", [])];
        }
        else if (file.Length > MaxBytes)
        {
            Problems = [new("Dit bestand is te groot voor een lijst met gemeenten (hoogstens 1 MB).", [])];
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream());
                Result = await municipalities.ImportAsync(reader);
                audit.Record(users.GetUserId(User)!, "municipalities-imported", "municipality-list", "csv", $"{Result.Added} added, {Result.Changed} changed, {Result.Ended} ended");
                await db.SaveChangesAsync();
            }
            catch (MunicipalityImportException ex)
            {
                Problems = ex.Problems;
            }
        }
        Active = (await municipalities.ActiveAsync()).Count;
        return Page();
    }
}
