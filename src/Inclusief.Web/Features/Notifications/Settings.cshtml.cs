using Inclusief.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>Per kind: a mail at once, a daily or a weekly digest (the default), or no mail. "Mijn meldingen" shows everything regardless.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class SettingsModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public Dictionary<NotificationKind, Delivery> Choices { get; set; } = [];

    public async Task OnGetAsync()
    {
        var userId = users.GetUserId(User)!;
        var saved = await db.Set<NotificationSetting>().AsNoTracking().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind, s => s.Delivery);
        Choices = NotificationKinds.Chosen.ToDictionary(k => k, k => saved.GetValueOrDefault(k, Deliveries.Default));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var userId = users.GetUserId(User)!;
        var saved = await db.Set<NotificationSetting>().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind);
        foreach (var kind in NotificationKinds.Chosen)
        {
            if (!Choices.TryGetValue(kind, out var delivery) || !Enum.IsDefined(delivery))
            {
                continue;
            }
            if (saved.TryGetValue(kind, out var setting))
            {
                setting.Delivery = delivery;
            }
            else
            {
                db.Add(NotificationSetting.Of(userId, kind, delivery));
            }
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Saved from two tabs at once: the other tab's choice stands; the page shows it.
        }
        TempData["Notice"] = "Je keuzes zijn bewaard.";
        return RedirectToPage();
    }
}
