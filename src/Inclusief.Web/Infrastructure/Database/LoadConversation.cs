using System.Diagnostics;
using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// For the conversation benchmark (<c>seed-conversation --comments N --followers M</c>, after <c>seed-load-data</c>): a public
/// sub-project with a thread of N comments (every fifth with a reply), followed by M of the generated accounts, each
/// with a comment notification from last week waiting for its weekly digest. Then it times queuing those digests, the
/// work a digest run does for M people, and prints "Bench digests: COUNT SECONDS" and "Bench thread: PATH".
/// </summary>
public static class LoadConversation
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        int Arg(string name, int fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
        if (!services.GetRequiredService<IConfiguration>().GetValue("Bench:Enabled", false))
        {
            await Console.Error.WriteLineAsync("seed-conversation runs only with Bench:Enabled=true (the bench scripts set it).");
            return 2;
        }
        var comments = Arg("--comments", 2000);
        var followers = Arg("--followers", 10_000);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var users = await db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("load-")).OrderBy(u => u.UserName).Select(u => u.Id).Take(followers).ToListAsync();
        if (users.Count == 0)
        {
            await Console.Error.WriteLineAsync("seed-conversation needs the accounts of seed-load-data first.");
            return 2;
        }
        var project = SubProject.FromIdea(Guid.NewGuid(), "Gesprek over bankrekeningen (bench)", "Hoe krijgt iedereen een rekening?", null, users[0], now.AddDays(-30));
        project.Change(new SubProject.Settings(project.Title, project.Question, null, null, SubProjectStatus.Running, Visibility.Public, null, null, null));
        db.Add(project);
        await db.SaveChangesAsync();
        var subject = CommentSubjects.Of(project);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < comments; start += 500)
        {
            for (var n = start; n < Math.Min(comments, start + 500); n++)
            {
                var at = now.AddDays(-20).AddMinutes(n);
                var comment = Comment.Write(subject, null, users[n % users.Count], $"Reactie {n}: bij mijn bank vroegen ze om een **ondernemingsplan**. (bench)", at);
                db.Add(comment);
                if (n % 5 == 0)
                {
                    db.Add(Comment.Write(subject, comment, users[(n + 1) % users.Count], $"Antwoord op reactie {n}. (bench)", at.AddMinutes(1)));
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var lastWeek = now.AddDays(-8);
        for (var start = 0; start < users.Count; start += 1000)
        {
            foreach (var userId in users.Skip(start).Take(1000))
            {
                db.Add(Follow.Start(userId, FollowTarget.SubProject, subject.Key, lastWeek));
                db.Add(Notification.For(userId, NotificationKind.Comment, FollowTarget.SubProject, subject.Key, subject.Title, $"{subject.Path}#reacties", lastWeek));
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var timer = Stopwatch.StartNew();
        var queued = await scope.ServiceProvider.GetRequiredService<DigestRun>().QueueDueAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Bench digests: {queued} {timer.Elapsed.TotalSeconds:F2}"));
        Console.WriteLine($"Bench thread: {subject.Path}");
        return 0;
    }
}
