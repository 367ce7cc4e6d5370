using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Inclusief.Web.Infrastructure.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Inclusief.Web.Features.Events;

/// <summary>Upcoming and past events, filtered by type and month, fifty to a page.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy, Tags = new[] { PublicPages.Events })]
public sealed class IndexModel(AppDbContext db, TimeProvider clock, Notifications.Follows follows) : PageModel
{
    public const int PageSize = 50;

    public bool Past { get; private set; }

    public EventType? Type { get; private set; }

    /// <summary>yyyy-MM, or null for all months.</summary>
    public string? Month { get; private set; }

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public IReadOnlyDictionary<Guid, RegistrationDesk.Taken> Taken { get; private set; } = new Dictionary<Guid, RegistrationDesk.Taken>();

    [BindProperty(Name = Pager.Parameter, SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Whether the list goes on after this page (one event more is read to know, never counted).</summary>
    public bool HasMore { get; private set; }

    /// <summary>For a signed-in visitor: following new events.</summary>
    public Notifications.FollowButton? Follow { get; private set; }

    public async Task OnGetAsync(string? when, EventType? type, string? month)
    {
        if (User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId)
        {
            Follow = new Notifications.FollowButton(Notifications.FollowTarget.Events, "", "",
                await follows.IsFollowingAsync(userId, Notifications.FollowTarget.Events, ""), "/Events");
        }
        PageNumber = Pager.Valid(PageNumber);
        var now = clock.GetUtcNow().UtcDateTime;
        Past = when == "past";
        Type = type;
        var query = db.Set<Event>().AsNoTracking().Listed();
        query = Past ? query.Where(e => e.EndsAt <= now) : query.Where(e => e.EndsAt > now);
        if (type is { } t)
        {
            query = query.Where(e => e.Type == t);
        }
        if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            Month = month;
            var from = ProgrammeTime.ToUtc(first, TimeOnly.MinValue);
            var until = ProgrammeTime.ToUtc(first.AddMonths(1), TimeOnly.MinValue);
            query = query.Where(e => e.StartsAt >= from && e.StartsAt < until);
        }
        var page = await query.InListOrder(Past)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync();
        HasMore = page.Count > PageSize;
        Events = page.Take(PageSize).ToList();
        Taken = await db.Set<EventRegistration>().TakenAsync(Events.Select(e => e.Id).ToList());
    }

    /// <summary>The address of another page of this list, with its filter.</summary>
    public string PageUrl(int page) =>
        Url.Page(null, new { when = Past ? "past" : null, type = Type?.ToString(), month = Month, p = page })!;
}
