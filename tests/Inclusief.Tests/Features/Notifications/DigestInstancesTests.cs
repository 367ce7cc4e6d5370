using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Notifications;

/// <summary>Two instances on one PostgreSQL both queue and send digests at the same moment: each person gets one.</summary>
public sealed class DigestInstancesTests : IDisposable
{
    private readonly AppFactory _first = new();

    [Fact]
    [Trait(TestDatabase.Topology, TestDatabase.SeveralInstances)]
    public async Task Two_instances_queuing_and_sending_at_once_send_each_person_one_digest()
    {
        Assert.True(TestDatabase.IsPostgres, TestDatabase.SeveralInstancesNeedPostgres);
        using var second = new SecondInstance(_first);
        _ = second.Services;
        var people = new List<AppUser>();
        var lastWeek = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-9);
        // Two listed events, as a new event's notification is about: the digest asks again whether each may be read.
        var (one, other) = (await _first.PlanEventAsync(20, lastWeek), await _first.PlanEventAsync(20, lastWeek));
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 20; i++)
            {
                var person = await _first.CreateAsync(email: Participants.UniqueEmail("volger"), emailConfirmed: true);
                people.Add(person);
                db.AddRange(Notification.For(person.Id, NotificationKind.NewEvent, FollowTarget.Event, one.Id.ToString("D"), one.Title, $"/Events/Details/{one.Id}", lastWeek),
                    Notification.For(person.Id, NotificationKind.NewEvent, FollowTarget.Event, other.Id.ToString("D"), other.Title, $"/Events/Details/{other.Id}", lastWeek));
            }
            await db.SaveChangesAsync();
        }

        async Task<int> QueueAsync(AppFactory instance)
        {
            await using var scope = instance.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DigestRun>().QueueDueAsync();
        }
        var queued = await Task.WhenAll(Task.Run(() => QueueAsync(_first)), Task.Run(() => QueueAsync(second)), Task.Run(() => QueueAsync(_first)));
        for (var round = 0; round < 3; round++)
        {
            await Task.WhenAll(Task.Run(() => _first.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync()),
                Task.Run(() => second.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync()));
        }

        Assert.Equal(people.Count, queued.Sum());
        var mails = _first.Mails().Concat(second.Mails()).ToList();
        foreach (var person in people)
        {
            var mine = Assert.Single(mails, m => m.To.Mailboxes.Any(a => a.Address == person.Email));
            Assert.Equal("Je wekelijkse overzicht", mine.Subject);
            Assert.Contains(one.Title, mine.TextBody, StringComparison.Ordinal);
            Assert.Contains(other.Title, mine.TextBody, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _first.Dispose();
}
