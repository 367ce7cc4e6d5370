using Inclusief.Data;
using Inclusief.Web.Infrastructure.Database;
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
        if (!ModelState.IsValid || NotificationKinds.Chosen.Any(k => !Choices.TryGetValue(k, out var chosen) || !Enum.IsDefined(chosen)))
        {
            ModelState.AddModelError(nameof(Choices), "Kies bij elke soort hoe vaak je er mail over krijgt.");
            var saved = await db.Set<NotificationSetting>().AsNoTracking().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind, s => s.Delivery);
            Choices = NotificationKinds.Chosen.ToDictionary(k => k, k => Choices.TryGetValue(k, out var chosen) && Enum.IsDefined(chosen) ? chosen : saved.GetValueOrDefault(k, Deliveries.Default));
            return Page();
        }
        var settings = await db.Set<NotificationSetting>().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind);
        foreach (var kind in NotificationKinds.Chosen)
        {
            if (settings.TryGetValue(kind, out var setting))
            {
                setting.Delivery = Choices[kind];
            }
            else
            {
                db.Add(NotificationSetting.Of(userId, kind, Choices[kind]));
            }
        }
        // Saved from two tabs at once: the other tab's choices got in first and stand; the page shows them.
        TempData["Notice"] = await db.SaveOnceAsync(async d => await d.Set<NotificationSetting>().AnyAsync(s => s.UserId == userId))
            ? "Je keuzes zijn bewaard."
            : "Je keuzes waren net in een ander venster bewaard. Zo staan ze nu; pas ze zo nodig opnieuw aan.";
        return RedirectToPage();
    }
}
