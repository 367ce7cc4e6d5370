using System.ComponentModel.DataAnnotations;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.ImageBank;

/// <summary>A journalist asks for download access; the status shows here until a coordinator decides.</summary>
[Authorize]
public sealed class MediaAccountModel(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : PageModel
{
    public sealed class RequestInput
    {
        [Display(Name = "Medium of organisatie")]
        [Required]
        [StringLength(150)]
        public string Outlet { get; set; } = "";

        [Display(Name = "Waarvoor wil je de foto's gebruiken?")]
        [Required]
        [StringLength(1000)]
        public string Purpose { get; set; } = "";
    }

    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public MediaAccount? Account { get; private set; }

    public async Task OnGetAsync() => Account = await MineAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Account = await MineAsync();
        if (Account is not null)
        {
            // A second click or a second tab: the first request stands.
            return RedirectToPage();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = users.GetUserId(User)!;
        db.Add(MediaAccount.Request(userId, Input.Outlet, Input.Purpose, clock.GetUtcNow().UtcDateTime));
        await db.SaveOnceAsync(d => d.Set<MediaAccount>().AnyAsync(m => m.UserId == userId));
        return RedirectToPage();
    }

    private Task<MediaAccount?> MineAsync()
    {
        var userId = users.GetUserId(User);
        return db.Set<MediaAccount>().AsNoTracking().SingleOrDefaultAsync(m => m.UserId == userId);
    }
}
