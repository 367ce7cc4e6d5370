using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Every change to who holds a place — registering, cancelling, changing sessions, a larger room — goes through
/// here, in one transaction that starts by bumping the event's <see cref="Event.SeatVersion"/>. That UPDATE holds
/// the event row's write lock until commit (a row lock on PostgreSQL, the database write lock on SQLite), so seat
/// changes for one event run one after another and the places they count are exact: never overbooked, and a
/// freed place goes to the first in line within the same transaction.
/// </summary>
public sealed class RegistrationDesk(AppDbContext db, EventMail mail, FieldCipher cipher, SeatLine line, Consents consents, TimeProvider clock)
{
    public sealed record Application(
        string Name, string Email, string? Organisation, RoleCategory? Role, string? DietaryNeeds, string? AccessibilityNeeds,
        IReadOnlyList<Guid> SessionIds, string Culture, string? UserId, string? InvitationCode);

    /// <summary>
    /// What the page may say. For an address that was already registered nothing changed: <see cref="Status"/>
    /// is what a new registration would have got, so the answer looks the same, and the owner gets their link by mail.
    /// <c>WaitingFor</c> names the chosen sessions that were full: the place in them is a place in their queue.
    /// </summary>
    public sealed record Outcome(Guid RegistrationId, RegistrationStatus Status, bool AlreadyRegistered, IReadOnlyList<string> WaitingFor);

    public sealed record Needs(string? Dietary, string? Accessibility);

    /// <summary>
    /// Registers one person. Everyone who registers for the same event at the same moment is handled in one
    /// transaction (<see cref="SeatLine.BatchAsync{TItem, TResult}"/>), in the order they arrived: places, queue
    /// positions and mails are exactly what one transaction per person would give.
    /// </summary>
    public async Task<Outcome> RegisterAsync(Guid eventId, Application application, string siteUrl)
    {
        var answer = await line.BatchAsync<Request, Answer>(eventId, new Request(application, siteUrl), batch => RegisterEachAsync(eventId, batch));
        if (answer.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
        return answer.Outcome!;
    }

    private sealed record Request(Application Application, string SiteUrl);

    /// <summary>Each person's own answer: an outcome, or what refused or failed them (the others in the batch go on).</summary>
    private sealed record Answer(Outcome? Outcome, Exception? Failure);

    /// <summary>
    /// The batch in one transaction; when that fails (a database error one person's input caused, a lost connection),
    /// each again in a transaction of their own, so that one failure stays one person's.
    /// </summary>
    private async Task<IReadOnlyList<Answer>> RegisterEachAsync(Guid eventId, IReadOnlyList<Request> batch)
    {
        try
        {
            return await RegisterAllAsync(eventId, batch);
        }
        catch (Exception) when (batch.Count > 1)
        {
            var answers = new List<Answer>(batch.Count);
            foreach (var request in batch)
            {
                db.ChangeTracker.Clear();
                try
                {
                    answers.Add((await RegisterAllAsync(eventId, [request]))[0]);
                }
                catch (Exception alone)
                {
                    answers.Add(new Answer(null, alone));
                }
            }
            return answers;
        }
    }

    private async Task<IReadOnlyList<Answer>> RegisterAllAsync(Guid eventId, IReadOnlyList<Request> batch)
    {
        await using var transaction = await BeginAsync();
        var (ev, last) = await LockAsync(eventId, batch.Count);
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = batch.Select(r => EventRegistration.NormaliseEmail(r.Application.Email)).Distinct().ToList();
        var known = await db.Set<EventRegistration>().Include(r => r.Choices)
            .Where(r => r.EventId == eventId && keys.Contains(r.EmailKey)).ToDictionaryAsync(r => r.EmailKey);
        var taken = await TakenAsync(ev.Id);
        var sessionIds = ev.Rounds.SelectMany(r => r.Sessions).Select(s => s.Id).ToList();
        var confirmed = sessionIds.Count == 0 ? [] : await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        var answers = new Answer[batch.Count];
        var mails = new List<Action>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (application, siteUrl) = batch[i];
            // Each in the batch has its own place in line, in the order they arrived.
            var position = last - batch.Count + 1 + i;
            try
            {
                if (!ev.AdmitsInvitation(application.InvitationCode))
                {
                    throw new RuleException("Deze bijeenkomst is alleen op uitnodiging. Gebruik de link uit je uitnodiging.");
                }
                ev.EnsureOpenForRegistration(now);
                var sessions = ev.ChooseSessions(application.SessionIds);
                var key = EventRegistration.NormaliseEmail(application.Email);
                if (known.GetValueOrDefault(key) is { Status: not RegistrationStatus.Cancelled } existing)
                {
                    // Whoever typed this address may not be its owner: change nothing, tell nothing, mail the owner their link.
                    mail.RegisteredAgain(existing, ev, siteUrl);
                    var wouldGet = taken.SeatFor(ev, application.Role) == Seat.None ? RegistrationStatus.Waitlisted : RegistrationStatus.Registered;
                    var wouldWait = wouldGet == RegistrationStatus.Registered
                        ? sessions.Where(s => confirmed.GetValueOrDefault(s.Id) >= s.Capacity).Select(s => s.Title).ToList()
                        : [];
                    answers[i] = new Answer(new Outcome(existing.Id, wouldGet, AlreadyRegistered: true, wouldWait), null);
                    continue;
                }
                var details = new EventRegistration.Details(application.Name, application.Email, application.Organisation, application.Role,
                    EncryptNeeds(application.DietaryNeeds, application.AccessibilityNeeds), application.Culture, application.UserId);
                var seat = taken.SeatFor(ev, application.Role);
                if (known.GetValueOrDefault(key) is { } cancelled)
                {
                    cancelled.Update(details);
                    cancelled.Rejoin(seat, position, now);
                }
                else
                {
                    known[key] = EventRegistration.Create(eventId, details, seat, position, now);
                    db.Set<EventRegistration>().Add(known[key]);
                }
                var registration = known[key];
                taken = taken.With(seat);
                Choose(registration, sessions, confirmed, position, now);
                // The consent the form asked for is kept with the registration it is for, in the same transaction.
                consents.Record(EventRegistration.SubjectType, registration.Id.ToString(), ConsentPurpose.EventRegistration, true);
                answers[i] = new Answer(new Outcome(registration.Id, registration.Status, AlreadyRegistered: false, WaitingFor(registration, sessions)), null);
                mails.Add(registration.Status == RegistrationStatus.Registered
                    ? () => { mail.Confirmation(registration, ev, sessions, siteUrl); mail.Schedule(registration, ev, siteUrl); }
                    : () => mail.Waitlisted(registration, ev, siteUrl));
            }
            catch (RuleException refusal)
            {
                answers[i] = new Answer(null, refusal);
            }
        }
        await db.SaveChangesAsync();
        await FillAsync(ev, now, batch[0].SiteUrl);
        mails.ForEach(send => send());
        await db.SaveChangesAsync();
        await CommitAsync(transaction);
        return answers;
    }

    /// <summary>
    /// Keeps the chosen sessions (one per round), drops the rest; a new choice gets a place if there is one, else a
    /// place in line. <paramref name="confirmed"/> (places taken per session) is kept up to date here, so in a batch a
    /// session fills up exactly as it would one registration at a time.
    /// </summary>
    private static void Choose(EventRegistration registration, IReadOnlyList<EventSession> sessions, Dictionary<Guid, int> confirmed, long position, DateTime now)
    {
        var chosen = sessions.Select(s => s.Id).ToHashSet();
        foreach (var dropped in registration.Choices.Where(c => !chosen.Contains(c.SessionId)).ToList())
        {
            if (dropped.Status == SessionChoiceStatus.Confirmed)
            {
                confirmed[dropped.SessionId] = confirmed.GetValueOrDefault(dropped.SessionId) - 1;
            }
            registration.Choices.Remove(dropped);
        }
        foreach (var session in sessions.Where(s => registration.Choices.All(c => c.SessionId != s.Id)))
        {
            var hasRoom = registration.Status == RegistrationStatus.Registered && confirmed.GetValueOrDefault(session.Id) < session.Capacity;
            registration.Choices.Add(SessionChoice.Create(registration.Id, session, hasRoom ? SessionChoiceStatus.Confirmed : SessionChoiceStatus.Waitlisted, position, now));
            if (hasRoom)
            {
                confirmed[session.Id] = confirmed.GetValueOrDefault(session.Id) + 1;
            }
        }
    }

    /// <summary>Changes the chosen sessions; returns the titles of those that were full, where the place is one in their queue.</summary>
    public async Task<IReadOnlyList<string>> ChangeSessionsAsync(Guid registrationId, IReadOnlyList<Guid> sessionIds, string siteUrl)
    {
        using var turn = await line.EnterAsync(await EventOfAsync(registrationId));
        await using var transaction = await BeginAsync();
        var registration = await db.Set<EventRegistration>().Include(r => r.Choices).SingleAsync(r => r.Id == registrationId);
        var (ev, position) = await LockAsync(registration.EventId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (registration.Status == RegistrationStatus.Cancelled)
        {
            throw new RuleException("Deze aanmelding is geannuleerd. Meld je opnieuw aan om deelsessies te kiezen.");
        }
        ev.EnsureOpenForRegistration(now);
        var sessions = ev.ChooseSessions(sessionIds);
        var confirmed = await db.Set<SessionChoice>().TakenPerSessionAsync(ev.Rounds.SelectMany(r => r.Sessions).Select(s => s.Id).ToList());
        Choose(registration, sessions, confirmed, position, now);
        // The consent the form asked for is kept with the registration it is for, in the same transaction.
        consents.Record(EventRegistration.SubjectType, registration.Id.ToString(), ConsentPurpose.EventRegistration, true);
        await db.SaveChangesAsync();
        await FillAsync(ev, now, siteUrl);
        await db.SaveChangesAsync();
        await CommitAsync(transaction);
        return WaitingFor(registration, sessions);
    }

    public async Task CancelAsync(Guid registrationId, string siteUrl, bool tellRegistrant = true)
    {
        using var turn = await line.EnterAsync(await EventOfAsync(registrationId));
        await using var transaction = await BeginAsync();
        var registration = await db.Set<EventRegistration>().Include(r => r.Choices).SingleAsync(r => r.Id == registrationId);
        var (ev, _) = await LockAsync(registration.EventId);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= ev.EndsAt)
        {
            throw new RuleException("Deze bijeenkomst is al voorbij.");
        }
        registration.Cancel(now);
        await db.SaveChangesAsync();
        if (ev.IsCancelled)
        {
            // Everyone was told when the event was called off; a place given up now goes to nobody.
            await CommitAsync(transaction);
            return;
        }
        if (tellRegistrant)
        {
            mail.Cancelled(registration, ev, siteUrl);
        }
        await FillAsync(ev, now, siteUrl);
        await db.SaveChangesAsync();
        await CommitAsync(transaction);
    }

    /// <summary>Changes a breakout session; more places go to the people waiting for it at once, fewer than are taken is refused.</summary>
    public async Task ChangeSessionAsync(Guid eventId, Guid sessionId, string title, string? description, string? room, int capacity, string siteUrl)
    {
        using var turn = await line.EnterAsync(eventId);
        await using var transaction = await BeginAsync();
        var (ev, _) = await LockAsync(eventId);
        var session = ev.Rounds.SelectMany(r => r.Sessions).SingleOrDefault(s => s.Id == sessionId)
            ?? throw new RuleException("Deze deelsessie hoort niet bij deze bijeenkomst.");
        var taken = (await db.Set<SessionChoice>().TakenPerSessionAsync([sessionId])).GetValueOrDefault(sessionId);
        session.Describe(title, description, room, capacity, taken);
        await db.SaveChangesAsync();
        await FillAsync(ev, clock.GetUtcNow().UtcDateTime, siteUrl);
        await db.SaveChangesAsync();
        await CommitAsync(transaction);
    }

    /// <summary>Applies new details (a larger room fills places from the waitlist at once) and tells registrants of a new time or place.</summary>
    public async Task ChangeEventAsync(Guid eventId, Event.Draft draft, string siteUrl)
    {
        using var turn = await line.EnterAsync(eventId);
        await using var transaction = await BeginAsync();
        var (ev, _) = await LockAsync(eventId);
        var taken = await TakenAsync(eventId);
        var moved = ev.Change(draft, taken.General, taken.Reserved, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        await FillAsync(ev, now, siteUrl);
        if (moved)
        {
            var registered = await db.Set<EventRegistration>().Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Registered).ToListAsync();
            foreach (var registration in registered)
            {
                mail.EventChanged(registration, ev, siteUrl);
                // Mails queued for the old time carry the old sequence and will be skipped.
                mail.Schedule(registration, ev, siteUrl);
            }
        }
        await db.SaveChangesAsync();
        await CommitAsync(transaction);
    }

    public Needs DecryptNeeds(string? encrypted)
    {
        if (cipher.DecryptOrNull(encrypted, EventRegistration.NeedsCipherPurpose) is not { } plain)
        {
            return new Needs(null, null);
        }
        var parts = plain.Split('\u001f');
        return new Needs(Blank(parts[0]), parts.Length > 1 ? Blank(parts[1]) : null);
    }

    private string? EncryptNeeds(string? dietary, string? accessibility) =>
        Blank(dietary) is null && Blank(accessibility) is null
            ? null
            : cipher.Encrypt($"{dietary?.Trim()}\u001f{accessibility?.Trim()}", EventRegistration.NeedsCipherPurpose);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Task<Guid> EventOfAsync(Guid registrationId) =>
        db.Set<EventRegistration>().Where(r => r.Id == registrationId).Select(r => r.EventId).SingleAsync();

    /// <summary>Joins the caller's transaction (erasing an account runs in one), or starts its own.</summary>
    /// <summary>The chosen sessions in whose queue a registered person stands (someone on the event's waitlist waits for the event first).</summary>
    private static List<string> WaitingFor(EventRegistration registration, IReadOnlyList<EventSession> sessions) =>
        registration.Status == RegistrationStatus.Registered
            ? sessions.Where(s => registration.Choices.Any(c => c.SessionId == s.Id && c.Status == SessionChoiceStatus.Waitlisted)).Select(s => s.Title).ToList()
            : [];

    private async Task<IDbContextTransaction?> BeginAsync() =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync() : null;

    private static async Task CommitAsync(IDbContextTransaction? own)
    {
        if (own is not null)
        {
            await own.CommitAsync();
        }
    }

    /// <summary>Takes the event's lock; returns the event and this transaction's seat version, which orders the lines (a batch takes one per person: the last is returned).</summary>
    private async Task<(Event Event, long Position)> LockAsync(Guid eventId, int places = 1)
    {
        var locked = await db.Set<Event>().Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SeatVersion, e => e.SeatVersion + places));
        if (locked == 0)
        {
            throw new RuleException("Deze bijeenkomst bestaat niet (meer).");
        }
        var position = await db.Set<Event>().Where(e => e.Id == eventId).Select(e => e.SeatVersion).SingleAsync();
        return (await db.Set<Event>().WithSessions().SingleAsync(e => e.Id == eventId), position);
    }

    public sealed record Taken(int General, int Reserved)
    {
        public Seat SeatFor(Event ev, RoleCategory? role) =>
            role is not null && role == ev.ReservedFor && Reserved < ev.ReservedPlaces ? Seat.Reserved
            : General < ev.GeneralPlaces ? Seat.General
            : Seat.None;

        public Taken With(Seat seat) => seat switch
        {
            Seat.General => this with { General = General + 1 },
            Seat.Reserved => this with { Reserved = Reserved + 1 },
            _ => this,
        };
    }

    public async Task<Taken> TakenAsync(Guid eventId)
    {
        var counts = await db.Set<EventRegistration>().Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Registered)
            .GroupBy(r => r.Seat).Select(g => new { Seat = g.Key, Count = g.Count() }).ToListAsync();
        return new Taken(counts.Where(c => c.Seat == Seat.General).Sum(c => c.Count), counts.Where(c => c.Seat == Seat.Reserved).Sum(c => c.Count));
    }

    /// <summary>Gives free places to the first in line: first places at the event, then places in sessions.</summary>
    private async Task FillAsync(Event ev, DateTime now, string siteUrl)
    {
        var taken = await TakenAsync(ev.Id);
        // With no place free there is nobody to promote: skip reading a long waitlist on every registration.
        var anyFree = taken.General < ev.GeneralPlaces || taken.Reserved < ev.ReservedPlaces;
        var waiting = !anyFree ? [] : await db.Set<EventRegistration>().Include(r => r.Choices)
            .Where(r => r.EventId == ev.Id && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.QueuePosition).ToListAsync();
        var promoted = new List<EventRegistration>();
        foreach (var candidate in waiting)
        {
            var seat = taken.SeatFor(ev, candidate.Role);
            if (seat == Seat.None)
            {
                continue;
            }
            candidate.Promote(seat, now);
            taken = taken.With(seat);
            promoted.Add(candidate);
        }
        await db.SaveChangesAsync();

        var sessions = ev.Rounds.SelectMany(r => r.Sessions).ToList();
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var confirmed = await db.Set<SessionChoice>().TakenPerSessionAsync(sessionIds);
        // As for the event itself: read the session queues only for sessions that have room.
        var withRoom = sessions.Where(s => confirmed.GetValueOrDefault(s.Id) < s.Capacity).Select(s => s.Id).ToList();
        var queued = withRoom.Count == 0 ? [] : await (from c in db.Set<SessionChoice>()
                            join r in db.Set<EventRegistration>() on c.RegistrationId equals r.Id
                            where withRoom.Contains(c.SessionId) && c.Status == SessionChoiceStatus.Waitlisted && r.Status == RegistrationStatus.Registered
                            orderby c.QueuePosition
                            select new { Choice = c, Registration = r }).ToListAsync();
        var movedUp = new List<(EventRegistration Registration, EventSession Session)>();
        foreach (var entry in queued)
        {
            var session = sessions.First(s => s.Id == entry.Choice.SessionId);
            if (confirmed.GetValueOrDefault(session.Id) >= session.Capacity)
            {
                continue;
            }
            entry.Choice.Confirm();
            confirmed[session.Id] = confirmed.GetValueOrDefault(session.Id) + 1;
            if (!promoted.Any(p => p.Id == entry.Registration.Id))
            {
                movedUp.Add((entry.Registration, session));
            }
        }
        foreach (var registration in promoted)
        {
            var chosen = sessions.Where(s => registration.Choices.Any(c => c.SessionId == s.Id)).ToList();
            mail.Promoted(registration, ev, chosen, siteUrl);
            mail.Schedule(registration, ev, siteUrl);
        }
        foreach (var (registration, session) in movedUp)
        {
            mail.SessionPromoted(registration, ev, session, siteUrl);
        }
    }
}
