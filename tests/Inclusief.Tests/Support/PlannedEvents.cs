using Inclusief.Data;
using Inclusief.Web.Features.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Support;

/// <summary>Events planned straight through the domain, for tests about registering rather than planning.</summary>
public static class PlannedEvents
{
    public sealed record Round(string Title, params (string Title, int Capacity)[] Sessions);

    public static async Task<Event> PlanEventAsync(this AppFactory app, int capacity, DateTime now, int reserved = 0, RoleCategory? reservedFor = null,
        EventAudience audience = EventAudience.Public, TimeSpan? startsIn = null, bool published = true, params Round[] rounds)
    {
        var starts = now + (startsIn ?? TimeSpan.FromDays(14));
        var ev = Event.Plan(new Event.Draft(EventType.ThemeMeeting, $"Themabijeenkomst {Guid.NewGuid():N}"[..26], "Over prostitutiebeleid in gemeenten.",
            starts, starts.AddHours(4), "Stadhuis, Spui 70, Den Haag", "https://meet.example.org/thema", audience, "Nederlands, Engels", "Rolstoeltoegankelijk",
            capacity, reserved, reservedFor, now.AddMinutes(-1), starts), "test", now);
        if (published)
        {
            ev.Publish(now);
        }
        foreach (var round in rounds)
        {
            var added = ev.AddRound(round.Title, null, null);
            foreach (var (title, sessionCapacity) in round.Sessions)
            {
                added.AddSession(title, null, null, sessionCapacity);
            }
        }
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(ev);
        await db.SaveChangesAsync();
        return ev;
    }

    public static async Task<HttpResponseMessage> RegisterForEventAsync(this HttpClient browser, Guid eventId, string email, string name = "Jade",
        RoleCategory? role = null, IEnumerable<Guid>? sessions = null, bool consent = true, string? invite = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Email"] = email };
        if (consent)
        {
            fields["Input.Consent"] = "true";
        }
        if (role is { } r)
        {
            fields["Input.Role"] = r.ToString();
        }
        var index = 0;
        foreach (var session in sessions ?? [])
        {
            fields[$"Input.Sessions[{index++}]"] = session.ToString();
        }
        var url = $"/Events/Register/{eventId}" + (invite is null ? "" : $"?invite={invite}");
        return await browser.SubmitAsync(url, fields);
    }

    public static async Task<List<EventRegistration>> RegistrationsAsync(this AppFactory app, Guid eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<EventRegistration>().AsNoTracking().Include(r => r.Choices)
            .Where(r => r.EventId == eventId).ToListAsync();
    }
}
