using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Events;

/// <summary>
/// Writes a scheduled reminder (by mail, and by SMS to a number the registrant added) or feedback question when it falls due, and only if it still applies: the person
/// still holds the same place, and the event has not been called off or moved since it was scheduled.
/// </summary>
public sealed class ScheduledEventMessageHandler(AppDbContext db, EventMail mail, SmsNudge sms, FieldCipher cipher) : IOutboxHandler
{
    public string Kind => EventMail.ScheduledKind;

    public async Task HandleAsync(OutboxWork work, CancellationToken cancellationToken)
    {
        var scheduled = JsonSerializer.Deserialize<EventMail.Scheduled>(work.Payload) ?? throw new InvalidOperationException("Empty event mail payload.");
        var registration = await db.Set<EventRegistration>().Include(r => r.Choices).SingleOrDefaultAsync(r => r.Id == scheduled.RegistrationId, cancellationToken);
        // PostgreSQL keeps microseconds, .NET keeps ticks: compare to the millisecond.
        if (registration is not { Status: RegistrationStatus.Registered, RegisteredAt: { } registeredAt } || Math.Abs((registeredAt - scheduled.RegisteredAt).TotalMilliseconds) >= 1)
        {
            return;
        }
        var ev = await db.Set<Event>().WithSessions().SingleAsync(e => e.Id == registration.EventId, cancellationToken);
        if (ev.IsCancelled || ev.Sequence != scheduled.EventSequence)
        {
            return;
        }
        if (scheduled.Purpose == EventMail.ReminderPurpose)
        {
            var sessions = ev.Rounds.SelectMany(r => r.Sessions).Where(s => registration.Choices.Any(c => c.SessionId == s.Id)).ToList();
            mail.Reminder(registration, ev, sessions, scheduled.SiteUrl);
            if (registration.SmsKey is not null)
            {
                sms.Send(cipher.DecryptOrNull(registration.EncryptedSmsNumber, EventRegistration.SmsCipherPurpose), registration.Culture, SmsPurpose.EventReminder,
                    "Herinnering: morgen is je bijeenkomst. Tijd en plaats staan in je mail.");
            }
        }
        else if (await db.Set<EventFeedback>().AnyAsync(f => f.RegistrationId == registration.Id, cancellationToken)
            // Where people were checked in at the door, only those who came are asked how it was.
            || (registration.CheckedInAt is null && await db.Set<EventRegistration>().AnyAsync(r => r.EventId == ev.Id && r.CheckedInAt != null, cancellationToken)))
        {
            return;
        }
        else
        {
            mail.FeedbackInvitation(registration, ev, scheduled.SiteUrl);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
