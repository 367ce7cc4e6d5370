using Inclusief.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Notifications;

/// <summary>
/// The one-click stop of every notification mail. Mail programs post here directly (RFC 8058), without an antiforgery
/// token: the token in the address authorises it, and stopping mail cannot hurt anyone. "Mijn meldingen" stays.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(AppDbContext db, NotificationMail mail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkValid { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync()
    {
        // Whether the account still exists is nobody's business who holds an old mail: every link of ours gets the same page.
        LinkValid = mail.UserOf(Token) is not null;
        if (!LinkValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task OnPostAsync()
    {
        if (mail.UserOf(Token) is not { } userId)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!await db.Users.AnyAsync(u => u.Id == userId))
        {
            LinkValid = Done = true;
            return;
        }
        var saved = await db.Set<NotificationSetting>().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind);
        foreach (var kind in NotificationKinds.Chosen)
        {
            if (saved.TryGetValue(kind, out var setting))
            {
                setting.Delivery = Delivery.Never;
            }
            else
            {
                db.Add(NotificationSetting.Of(userId, kind, Delivery.Never));
            }
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A second click at the same moment: the first one stopped the mail.
        }
        LinkValid = Done = true;
    }
}
