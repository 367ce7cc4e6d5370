using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Audit;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Accounts;

/// <summary>"Mijn gegevens": download everything the platform holds about you, or delete your account.</summary>
[Authorize]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MyDataModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IEnumerable<IPersonalData> sources, AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions ExportFormat = new() { WriteIndented = true };

    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        HasPassword = await users.HasPasswordAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var export = new Dictionary<string, object?> { ["exportedAt"] = clock.GetUtcNow().UtcDateTime };
        foreach (var source in sources)
        {
            export[source.Section] = await source.ExportAsync(user);
        }
        return File(JsonSerializer.SerializeToUtf8Bytes(export, ExportFormat), "application/json", "mijn-gegevens.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(bool confirm, string? password)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        HasPassword = await users.HasPasswordAsync(user);
        if (!confirm)
        {
            ModelState.AddModelError("confirm", "Vink aan dat je je account en gegevens wilt verwijderen.");
        }
        else if (HasPassword && !await users.CheckPasswordAsync(user, password ?? ""))
        {
            ModelState.AddModelError("password", "Het wachtwoord klopt niet.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var source in sources)
        {
            await source.EraseAsync(user);
        }
        audit.Record(user.Id, "account-erased", "user", user.Id);
        await db.SaveChangesAsync();
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", deleted.Errors.Select(e => e.Code)));
        }
        await transaction.CommitAsync();
        await signIn.SignOutAsync();
        return RedirectToPage("/Accounts/Deleted");
    }
}
