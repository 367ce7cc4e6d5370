using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Features.Conversation;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Notifications;

public sealed class NotificationTests(ConversationWorld app) : IClassFixture<ConversationWorld>
{
    private async Task<List<Notification>> NotificationsOfAsync(AppUser user)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Notification>().AsNoTracking().Where(n => n.UserId == user.Id).ToListAsync();
    }

    [Fact]
    public async Task Commenting_follows_by_itself_and_followers_hear_of_new_comments_and_replies_but_never_of_their_own()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var first = await app.CreateAsync();
        var second = await app.CreateAsync();
        var follower = await app.CreateAsync();
        var firstBrowser = await app.SignInAsync(first);
        var followerBrowser = await app.SignInAsync(follower);
        var page = $"/Ideas/Details/{idea.Id}";

        var followed = await followerBrowser.SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        await ConversationWorld.CommentAsync(firstBrowser, page, "Eerste reactie");
        var comment = await ReadAsync(db => db.Set<Comment>().SingleAsync(c => c.SubjectKey == CommentSubjects.KeyOf(idea.Id)));
        await (await app.SignInAsync(second)).SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Een antwoord" }, $"/Conversation/Write?parentId={comment.Id}");
        var list = await firstBrowser.GetStringAsync("/Notifications");

        Assert.Equal($"{page}#reacties", followed.Headers.Location?.OriginalString);
        Assert.Equal([NotificationKind.Comment, NotificationKind.Comment], (await NotificationsOfAsync(follower)).OrderBy(n => n.CreatedAt).Select(n => n.Kind));
        Assert.Equal([NotificationKind.Reply], (await NotificationsOfAsync(first)).Select(n => n.Kind));
        Assert.Empty(await NotificationsOfAsync(second));
        Assert.Contains($"Iemand antwoordde op je reactie bij ‘{idea.Title}’", list, StringComparison.Ordinal);
        Assert.Contains("/Notifications/Follow?handler=Stop", await firstBrowser.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_to_follow_takes_one_click_and_then_nothing_arrives()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var follower = await app.CreateAsync();
        var browser = await app.SignInAsync(follower);
        var page = $"/Ideas/Details/{idea.Id}";
        await browser.SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");

        var stopped = await browser.SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Stop");
        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), page, "Iets nieuws");

        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        Assert.Empty(await NotificationsOfAsync(follower));
    }

    [Fact]
    public async Task News_of_a_sub_project_reaches_only_followers_who_may_still_read_it()
    {
        var lead = await app.CreateAsync();
        var project = await app.SubProjectAsync(lead, Visibility.Public);
        var outsider = await app.CreateAsync();
        var member = await app.CreateAsync();
        await WriteAsync(async db => (await db.Set<SubProject>().Include(p => p.Members).SingleAsync(p => p.Id == project.Id)).AddMember(member.Id, WorkGroupRole.Member, app.Now));
        var page = $"/Projects/Details/{project.Id}";
        foreach (var user in new[] { outsider, member })
        {
            await (await app.SignInAsync(user)).SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        }
        await WriteAsync(async db =>
        {
            var tracked = await db.Set<SubProject>().SingleAsync(p => p.Id == project.Id);
            tracked.Change(new SubProject.Settings(tracked.Title, tracked.Question, null, null, SubProjectStatus.Running, Visibility.WorkGroup, null, null, null));
        });
        var leadBrowser = await app.SignInAsync(lead);

        var posted = await leadBrowser.SubmitAsync(page, new Dictionary<string, string> { ["updateText"] = "We spraken met twee banken." }, $"/Projects/Work/Updates/{project.Id}?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal([NotificationKind.ProjectNews], (await NotificationsOfAsync(member)).Select(n => n.Kind));
        Assert.Empty(await NotificationsOfAsync(outsider));
        Assert.Empty(await NotificationsOfAsync(lead));
    }

    [Fact]
    public async Task Mijn_meldingen_asks_again_and_forgets_what_the_reader_may_no_longer_read()
    {
        var lead = await app.CreateAsync();
        var project = await app.SubProjectAsync(lead, Visibility.Public);
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var outsider = await app.CreateAsync();
        var browser = await app.SignInAsync(outsider);
        var (projectPage, ideaPage) = ($"/Projects/Details/{project.Id}", $"/Ideas/Details/{idea.Id}");
        await browser.SubmitAsync(projectPage, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        await ConversationWorld.CommentAsync(browser, ideaPage, "Goed idee");
        await ConversationWorld.CommentAsync(await app.SignInAsync(lead), projectPage, "Welkom allemaal");
        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), ideaPage, "Mee eens");
        var menuBefore = await browser.GetStringAsync("/Ideas");

        await WriteAsync(async db =>
        {
            var tracked = await db.Set<SubProject>().SingleAsync(p => p.Id == project.Id);
            tracked.Change(new SubProject.Settings(tracked.Title, tracked.Question, null, null, SubProjectStatus.Running, Visibility.WorkGroup, null, null, null));
            (await db.Set<Inclusief.Web.Features.Ideas.Idea>().SingleAsync(i => i.Id == idea.Id)).StopSharing(app.Now);
        });
        var after = await browser.GetStringAsync("/Notifications");
        var menuAfter = await browser.GetStringAsync("/Ideas");

        Assert.Contains("(2 nieuw)", menuBefore, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-notifications\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain(project.Title, after, StringComparison.Ordinal);
        Assert.DoesNotContain(idea.Title, after, StringComparison.Ordinal);
        Assert.DoesNotContain("nieuw)", menuAfter, StringComparison.Ordinal);
        Assert.Empty(await NotificationsOfAsync(outsider));
    }

    [Fact]
    public async Task A_notification_goes_half_a_year_after_it_was_made()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var follower = await app.CreateAsync();
        var page = $"/Ideas/Details/{idea.Id}";
        await (await app.SignInAsync(follower)).SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), page, "Oud nieuws");
        async Task<string> RetainAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetServices<Inclusief.Web.Infrastructure.Jobs.IRetentionRule>().OfType<NotificationRetention>().Single().ApplyAsync(CancellationToken.None);
        }

        await WriteAsync(db =>
        {
            db.Add(DigestDelivery.For(follower.Id, "w:2000-W01", app.Now));
            return Task.CompletedTask;
        });
        await RetainAsync();
        var kept = (await NotificationsOfAsync(follower)).Count;
        app.Clock.Advance(NotificationRetention.KeepDigestDeliveries + TimeSpan.FromDays(1));
        await RetainAsync();
        var deliveriesAfterFiveWeeks = await ReadAsync(db => db.Set<DigestDelivery>().CountAsync(d => d.UserId == follower.Id));
        app.Clock.Advance(NotificationRetention.KeepNotifications - NotificationRetention.KeepDigestDeliveries);
        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), page, "Nieuw nieuws");
        var summary = await RetainAsync();

        Assert.Equal(1, kept);
        Assert.Equal(0, deliveriesAfterFiveWeeks);
        Assert.Matches(@"^[1-9]\d* notifications removed, \d+ digest deliveries removed, \d+ follows of deleted items removed$", summary);
        var left = Assert.Single(await NotificationsOfAsync(follower));
        Assert.True(left.CreatedAt > app.Now - TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task Choosing_at_once_sends_one_mail_per_event_that_names_the_item_and_never_quotes_the_comment()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var follower = await app.CreateAsync(email: Participants.UniqueEmail("volger"), emailConfirmed: true);
        var browser = await app.SignInAsync(follower);
        await browser.SubmitAsync("/Notifications/Settings", new Dictionary<string, string> { ["Choices[Comment]"] = "Immediately" });
        await browser.SubmitAsync($"/Ideas/Details/{idea.Id}", new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");

        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), $"/Ideas/Details/{idea.Id}", "Een geheim detail over iemand");

        var mail = Assert.Single(await app.MailsToAsync(follower.Email!));
        Assert.Contains(idea.Title, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim detail", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("geheim detail", mail.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("<http://localhost/Notifications/Unsubscribe?token=", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.NotNull((await NotificationsOfAsync(follower)).Single().MailedAt);
    }

    [Fact]
    public async Task A_digest_goes_out_once_per_period_however_often_it_is_queued_and_one_click_stops_all_mail()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var daily = await app.CreateAsync(email: Participants.UniqueEmail("dagelijks"), emailConfirmed: true);
        var weekly = await app.CreateAsync(email: Participants.UniqueEmail("wekelijks"), emailConfirmed: true);
        var dailyBrowser = await app.SignInAsync(daily);
        await dailyBrowser.SubmitAsync("/Notifications/Settings", new Dictionary<string, string> { ["Choices[Comment]"] = "Daily" });
        foreach (var user in new[] { daily, weekly })
        {
            await (await app.SignInAsync(user)).SubmitAsync($"/Ideas/Details/{idea.Id}", new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        }
        var writer = await app.SignInAsync(await app.CreateAsync());
        await ConversationWorld.CommentAsync(writer, $"/Ideas/Details/{idea.Id}", "Eerste");
        await ConversationWorld.CommentAsync(writer, $"/Ideas/Details/{idea.Id}", "Tweede");

        app.Clock.Advance(TimeSpan.FromDays(8));
        var queued = new List<int>();
        for (var run = 0; run < 3; run++)
        {
            await using var scope = app.Services.CreateAsyncScope();
            queued.Add(await scope.ServiceProvider.GetRequiredService<DigestRun>().QueueDueAsync());
        }
        var dailyMails = await app.MailsToAsync(daily.Email!);
        var weeklyMails = await app.MailsToAsync(weekly.Email!);

        Assert.Equal(0, queued[1] + queued[2]);
        var dailyMail = Assert.Single(dailyMails);
        Assert.Equal("Je dagelijkse overzicht", dailyMail.Subject);
        Assert.Equal(2, dailyMail.TextBody!.Split($"Nieuwe reactie bij ‘{idea.Title}’").Length - 1);
        Assert.Equal("Je wekelijkse overzicht", Assert.Single(weeklyMails).Subject);
        var unsubscribe = dailyMail.LinkTo("/Notifications/Unsubscribe");
        var oneClick = await app.CreateBrowser().PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.All(await ReadAsync(db => db.Set<NotificationSetting>().Where(s => s.UserId == daily.Id).ToListAsync()), s => Assert.Equal(Delivery.Never, s.Delivery));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateBrowser().GetAsync("/Notifications/Unsubscribe?token=nep")).StatusCode);
    }

    [Fact]
    public async Task A_new_event_reaches_those_who_follow_the_events_list()
    {
        var follower = await app.CreateAsync();
        var browser = await app.SignInAsync(follower);
        var followed = await browser.SubmitAsync("/Events", new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        var ev = await app.PlanEventAsync(20, app.Now, published: false);
        var organiser = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var published = await organiser.SubmitAsync($"/Events/Admin/Edit/{ev.Id}", new Dictionary<string, string>(), $"/Events/Admin/Edit/{ev.Id}?handler=Publish");
        var again = await organiser.ForgeAsync($"/Events/Admin/Edit/{ev.Id}", new Dictionary<string, string>(), $"/Events/Admin/Edit/{ev.Id}?handler=Publish");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (published.StatusCode, again.StatusCode));
        Assert.Equal([NotificationKind.NewEvent], (await NotificationsOfAsync(follower)).Select(n => n.Kind));
        Assert.Equal("/Events", followed.Headers.Location?.OriginalString);
        Assert.Contains($"Nieuwe bijeenkomst: ‘{ev.Title}’", await browser.GetStringAsync("/Notifications"), StringComparison.Ordinal);
    }

    private async Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task WriteAsync(Func<AppDbContext, Task> write)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }
}
