using Inclusief.Data;
using Inclusief.Web.Features.Participation;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Security;

namespace Inclusief.Web.Features.Events.Admin;

/// <summary>The programme: plenary items, rounds of breakout sessions each with its own places, the chair and the speakers.</summary>
[Authorize(Policy = EventPermissions.Organise)]
public sealed class ProgrammeModel(AppDbContext db, RegistrationDesk desk, PublicAddress site) : PageModel
{
    public Event Event { get; private set; } = null!;

    public IReadOnlyList<(Guid Id, string Name)> Experts { get; private set; } = [];

    public IReadOnlyDictionary<Guid, int> Chosen { get; private set; } = new Dictionary<Guid, int>();

    /// <summary>People waiting for a place in each session (a session without anyone waiting is missing).</summary>
    public IReadOnlyDictionary<Guid, int> Waiting { get; private set; } = new Dictionary<Guid, int>();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostItemAsync(Guid id, TimeOnly? time, string? title, string? description) =>
        await ChangeAsync(id, ev =>
        {
            if (time is null)
            {
                throw new RuleException("Vul de begintijd in.");
            }
            ev.AddProgrammeItem(At(ev, time.Value), title ?? "", description);
            return "Het programmaonderdeel is toegevoegd.";
        });

    public async Task<IActionResult> OnPostRoundAsync(Guid id, string? title, TimeOnly? startTime, TimeOnly? endTime) =>
        await ChangeAsync(id, ev =>
        {
            ev.AddRound(title ?? "", startTime is { } s ? At(ev, s) : null, endTime is { } e ? At(ev, e) : null);
            return "De ronde is toegevoegd. Voeg er nu deelsessies aan toe.";
        });

    public async Task<IActionResult> OnPostSessionAsync(Guid id, Guid roundId, string? title, string? description, string? room, int capacity) =>
        await ChangeAsync(id, ev =>
        {
            var round = ev.Rounds.SingleOrDefault(r => r.Id == roundId) ?? throw new RuleException("Deze ronde hoort niet bij deze bijeenkomst.");
            round.AddSession(title ?? "", description, room, capacity);
            return "De deelsessie is toegevoegd.";
        });

    public async Task<IActionResult> OnPostEditItemAsync(Guid id, Guid itemId, TimeOnly? time, string? title, string? description) =>
        await ChangeAsync(id, ev =>
        {
            var item = ev.ProgrammeItems.SingleOrDefault(i => i.Id == itemId) ?? throw new RuleException("Dit onderdeel hoort niet bij deze bijeenkomst.");
            item.Change(time is { } t ? At(ev, t) : throw new RuleException("Vul de begintijd in."), title ?? "", description);
            return "Het programmaonderdeel is gewijzigd.";
        });

    public async Task<IActionResult> OnPostEditRoundAsync(Guid id, Guid roundId, string? title, TimeOnly? startTime, TimeOnly? endTime) =>
        await ChangeAsync(id, ev =>
        {
            var round = ev.Rounds.SingleOrDefault(r => r.Id == roundId) ?? throw new RuleException("Deze ronde hoort niet bij deze bijeenkomst.");
            round.Change(title ?? "", startTime is { } s ? At(ev, s) : null, endTime is { } e ? At(ev, e) : null);
            return "De ronde is gewijzigd.";
        });

    public async Task<IActionResult> OnPostEditSessionAsync(Guid id, Guid sessionId, string? title, string? description, string? room, int capacity)
    {
        if (!await db.Set<Event>().AnyAsync(e => e.Id == id))
        {
            return NotFound();
        }
        await desk.ChangeSessionAsync(id, sessionId, title ?? "", description, room, capacity, site.Root);
        TempData["Notice"] = "De deelsessie is gewijzigd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostMoveSessionAsync(Guid id, Guid roundId, Guid sessionId, int direction) =>
        await ChangeAsync(id, ev =>
        {
            var round = ev.Rounds.SingleOrDefault(r => r.Id == roundId) ?? throw new RuleException("Deze ronde hoort niet bij deze bijeenkomst.");
            round.MoveSession(sessionId, direction);
            return "De volgorde is aangepast.";
        });

    public async Task<IActionResult> OnPostMoveRoundAsync(Guid id, Guid roundId, int direction) =>
        await ChangeAsync(id, ev =>
        {
            ev.MoveRound(roundId, direction);
            return "De volgorde is aangepast.";
        });

    public async Task<IActionResult> OnPostRemoveItemAsync(Guid id, Guid itemId) =>
        await ChangeAsync(id, ev =>
        {
            ev.ProgrammeItems.RemoveAll(i => i.Id == itemId);
            return "Het programmaonderdeel is verwijderd.";
        });

    public async Task<IActionResult> OnPostRemoveSessionAsync(Guid id, Guid sessionId)
    {
        if (await db.Set<SessionChoice>().AnyAsync(c => c.SessionId == sessionId))
        {
            RuleRefusal.Keep(TempData, new RuleException("Er hebben al mensen voor deze deelsessie gekozen; die kun je niet meer verwijderen."));
            return RedirectToPage(new { id });
        }
        return await ChangeAsync(id, ev =>
        {
            foreach (var round in ev.Rounds)
            {
                round.Sessions.RemoveAll(s => s.Id == sessionId);
            }
            return "De deelsessie is verwijderd.";
        });
    }

    public async Task<IActionResult> OnPostRemoveRoundAsync(Guid id, Guid roundId)
    {
        if (await db.Set<SessionChoice>().AnyAsync(c => c.RoundId == roundId))
        {
            RuleRefusal.Keep(TempData, new RuleException("Er hebben al mensen een deelsessie in deze ronde gekozen; die kun je niet meer verwijderen."));
            return RedirectToPage(new { id });
        }
        return await ChangeAsync(id, ev =>
        {
            ev.Rounds.RemoveAll(r => r.Id == roundId);
            return "De ronde is verwijderd.";
        });
    }

    public async Task<IActionResult> OnPostSpeakersAsync(Guid id, Guid? chairId, List<Guid> speakerIds)
    {
        var experts = await ExpertsAsync();
        return await ChangeAsync(id, ev =>
        {
            if ((chairId is { } chair && experts.All(e => e.Id != chair)) || speakerIds.Any(s => experts.All(e => e.Id != s)))
            {
                throw new RuleException("Kies de voorzitter en sprekers uit de expertgroep.");
            }
            ev.AppointSpeakers(chairId, speakerIds);
            return "De voorzitter en sprekers zijn opgeslagen.";
        });
    }

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Event, string> change)
    {
        var ev = await db.Set<Event>().Include(e => e.Rounds).ThenInclude(r => r.Sessions).Include(e => e.ProgrammeItems).Include(e => e.Speakers)
            .AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return NotFound();
        }
        TempData["Notice"] = change(ev);
        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    /// <summary>A time on the event's first day, in programme time.</summary>
    private static DateTime At(Event ev, TimeOnly time) => ProgrammeTime.ToUtc(ProgrammeTime.DayOf(ev.StartsAt), time);

    private async Task<bool> LoadAsync(Guid id)
    {
        var ev = await db.Set<Event>().AsNoTracking().Include(e => e.Rounds).ThenInclude(r => r.Sessions).Include(e => e.ProgrammeItems).Include(e => e.Speakers)
            .AsSplitQuery().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return false;
        }
        Event = ev;
        Experts = await ExpertsAsync();
        var sessionIds = ev.Rounds.SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        Chosen = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        Waiting = await db.Set<SessionChoice>().WaitingPerSessionAsync(sessionIds);
        return true;
    }

    private async Task<IReadOnlyList<(Guid Id, string Name)>> ExpertsAsync() =>
        await db.Set<Participant>().AsNoTracking().Where(p => p.Form == ParticipationForm.ExpertGroup && p.Status == ParticipationStatus.Active)
            .OrderBy(p => p.DisplayName).Select(p => new ValueTuple<Guid, string>(p.Id, p.DisplayName)).ToListAsync();
}
