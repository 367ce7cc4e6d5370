using System.Net;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Conversation;

public sealed class CommentTests(ConversationWorld app) : IClassFixture<ConversationWorld>
{
    private async Task<List<Comment>> CommentsAsync(string key)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Comment>().AsNoTracking()
            .Where(c => c.SubjectKey == key).OrderBy(c => c.CreatedAt).ToListAsync();
    }

    private static string Key(Guid id) => id.ToString("D");

    [Fact]
    public async Task Members_comment_on_a_shared_idea_under_their_pseudonym_and_reply_one_level_deep()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter);
        var member = await app.CreateAsync();
        var memberBrowser = await app.SignInAsync(member);
        var page = $"/Ideas/Details/{idea.Id}";

        var posted = await ConversationWorld.CommentAsync(memberBrowser, page, "Bij mij ook, bij **twee** banken.");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        var submitterBrowser = await app.SignInAsync(submitter);
        var replied = await submitterBrowser.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Welke banken waren het?" }, $"/Conversation/Write?parentId={comment.Id}");
        var html = await memberBrowser.GetStringAsync(page);

        Assert.Equal($"{page}#reactie-{comment.Id}", posted.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        var reply = (await CommentsAsync(Key(idea.Id))).Single(c => c.ParentId == comment.Id);
        Assert.Contains("<strong>twee</strong>", html, StringComparison.Ordinal);
        Assert.Contains(member.DisplayName, html, StringComparison.Ordinal);
        Assert.Contains($"id=\"reactie-{reply.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"comment-count\">(2)", html, StringComparison.Ordinal);
        // A reply has no reply form of its own, and a reply to it posted anyway is refused with the text kept.
        Assert.DoesNotContain($"parentId={reply.Id}", html, StringComparison.Ordinal);
        var nested = await memberBrowser.ForgeAsync(page, new Dictionary<string, string> { ["Kind"] = "Idea", ["Key"] = Key(idea.Id), ["Text"] = "Een antwoord op een antwoord" },
            $"/Conversation/Write?parentId={reply.Id}");
        var refusal = await nested.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, nested.StatusCode);
        Assert.Contains("Je kunt alleen op een reactie zelf antwoorden, niet op een antwoord.", refusal, StringComparison.Ordinal);
        Assert.Contains("Een antwoord op een antwoord", refusal, StringComparison.Ordinal);
        Assert.Equal(2, (await CommentsAsync(Key(idea.Id))).Count);
    }

    [Fact]
    public async Task An_empty_comment_is_refused_on_a_page_of_its_own_and_nothing_is_saved()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var browser = await app.SignInAsync(await app.CreateAsync());

        var response = await ConversationWorld.CommentAsync(browser, $"/Ideas/Details/{idea.Id}", "   ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Schrijf je reactie.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await CommentsAsync(Key(idea.Id)));
    }

    [Fact]
    public async Task An_idea_that_is_not_shared_has_no_thread_and_takes_no_comment()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter, shared: false);
        var stranger = await app.SignInAsync(await app.CreateAsync());
        var own = await (await app.SignInAsync(submitter)).GetStringAsync($"/Ideas/Details/{idea.Id}");

        var forged = await stranger.ForgeAsync("/Ideas", new Dictionary<string, string> { ["Kind"] = "Idea", ["Key"] = Key(idea.Id), ["Text"] = "Hallo" }, "/Conversation/Write");

        Assert.DoesNotContain("id=\"reacties\"", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Ideas/Details/{idea.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Empty(await CommentsAsync(Key(idea.Id)));
    }

    [Fact]
    public async Task A_shared_idea_shows_other_members_neither_its_questions_nor_its_files()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var tracked = await db.Set<Web.Features.Ideas.Idea>().SingleAsync(i => i.Id == idea.Id);
            tracked.AskQuestion("coordinator", "Bij welke bank is het gebeurd, en in welke wijk woon je?", app.Now);
            await db.SaveChangesAsync();
        }
        var member = await app.SignInAsync(await app.CreateAsync());

        var html = await member.GetStringAsync($"/Ideas/Details/{idea.Id}");

        Assert.Contains(idea.Title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("in welke wijk woon je", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vragen en antwoorden", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().GetAsync($"/Ideas/Details/{idea.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_author_edits_within_a_quarter_of_an_hour_then_it_shows_as_edited_and_later_only_deleting_is_possible()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(author, page, "Eerste versie");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        var editPage = Links.Href(await author.GetStringAsync(page), $"#reactie-{comment.Id} a[href^='/Conversation/Edit']")!;

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var edited = await author.SubmitAsync(editPage, new Dictionary<string, string> { ["Text"] = "Tweede versie" }, $"{editPage}?handler=Save");
        var afterEdit = await author.GetStringAsync(page);
        var stale = await author.OpenFormAsync(editPage, action: $"{editPage}?handler=Save");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var late = await stale.SubmitAsync([new("Text", "Derde versie")]);

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Tweede versie", afterEdit, StringComparison.Ordinal);
        Assert.Contains("bewerkt", afterEdit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Een reactie kun je tot een kwartier na het plaatsen bewerken. Die tijd is voorbij.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Tweede versie", Assert.Single(await CommentsAsync(Key(idea.Id))).Text);
        Assert.Null(Links.Href(await (await author.GetAsync(editPage)).Content.ReadAsStringAsync(), $"form[action='{editPage}?handler=Save']"));
    }

    [Fact]
    public async Task Deleting_leaves_a_placeholder_and_the_replies_under_it()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.SignInAsync(await app.CreateAsync());
        var other = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(author, page, "Iets wat ik later spijtig vind");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        await other.SubmitAsync(page, new Dictionary<string, string> { ["Text"] = "Daar ben ik het mee eens" }, $"/Conversation/Write?parentId={comment.Id}");
        var editPage = Links.Href(await author.GetStringAsync(page), $"#reactie-{comment.Id} a[href^='/Conversation/Edit']")!;

        var deleted = await author.SubmitAsync(editPage, new Dictionary<string, string>(), $"{editPage}?handler=Delete");
        var html = await other.GetStringAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("Deze reactie is verwijderd door de schrijver.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Iets wat ik later spijtig vind", html, StringComparison.Ordinal);
        Assert.Contains("Daar ben ik het mee eens", html, StringComparison.Ordinal);
        Assert.Equal("", (await CommentsAsync(Key(idea.Id))).Single(c => c.Id == comment.Id).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Conversation/Edit/{comment.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_report_reaches_the_queue_a_coordinator_hides_the_comment_the_author_reads_why_and_it_can_be_restored()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.CreateAsync(email: Participants.UniqueEmail("author"), emailConfirmed: true);
        var authorBrowser = await app.SignInAsync(author);
        var reader = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(authorBrowser, page, "Ik weet waar Sanne woont: Dorpsstraat 4.");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));

        var reportPage = Links.Href(await reader.GetStringAsync(page), $"#reactie-{comment.Id} a[href^='/Conversation/Report']")!;
        var reported = await reader.SubmitAsync(reportPage, new Dictionary<string, string> { ["Reason"] = "NamesOrOutsSomeone", ["Note"] = "Noemt een adres" });
        var again = await reader.SubmitAsync(reportPage, new Dictionary<string, string> { ["Reason"] = "Spam" });
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var queue = await coordinator.GetStringAsync("/Conversation/Moderation");
        var moderationPage = Links.Href(queue, $"a[href='/Conversation/Moderation/Comment/{comment.Id}']")!;
        var moderation = await coordinator.GetStringAsync(moderationPage);
        var hidden = await coordinator.SubmitAsync(moderationPage, new Dictionary<string, string> { ["Reason"] = "Je noemt iemands adres." }, $"{moderationPage}?handler=Hide");
        var authorSees = await authorBrowser.GetStringAsync(page);
        var readerSees = await reader.GetStringAsync(page);
        var queueAfter = await coordinator.GetStringAsync("/Conversation/Moderation");
        var restored = await coordinator.SubmitAsync(moderationPage, new Dictionary<string, string>(), $"{moderationPage}?handler=Restore");

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Noemt of ontmaskert iemand: Noemt een adres", moderation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Contains("Deze reactie is verborgen door een moderator.", readerSees, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", readerSees, StringComparison.Ordinal);
        Assert.Contains("Waarom: Je noemt iemands adres.", authorSees, StringComparison.Ordinal);
        Assert.Contains("Er wachten geen gemelde reacties.", queueAfter, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Dorpsstraat 4", await reader.GetStringAsync(page), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Single(await db.Set<CommentReport>().Where(r => r.CommentId == comment.Id).ToListAsync());
        Assert.Equal(["comment-hidden", "comment-restored"], await db.Set<AuditEntry>().Where(e => e.SubjectId == comment.Id.ToString()).OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        var mail = Assert.Single(await app.MailsToAsync(author.Email!));
        Assert.Equal("Je reactie is verborgen", mail.Subject);
        Assert.Contains("Je noemt iemands adres.", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Three_months_after_a_report_is_dealt_with_it_goes_and_half_a_year_after_hiding_the_words_go()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.CreateAsync();
        var authorBrowser = await app.SignInAsync(author);
        var reader = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(authorBrowser, page, "Ik ken het huisnummer van Joyce: 17.");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        var reportPage = Links.Href(await reader.GetStringAsync(page), $"#reactie-{comment.Id} a[href^='/Conversation/Report']")!;
        await reader.SubmitAsync(reportPage, new Dictionary<string, string> { ["Reason"] = "NamesOrOutsSomeone", ["Note"] = "Noemt Joyce" });
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var moderationPage = Links.Href(await coordinator.GetStringAsync("/Conversation/Moderation"), $"a[href='/Conversation/Moderation/Comment/{comment.Id}']")!;
        await coordinator.SubmitAsync(moderationPage, new Dictionary<string, string> { ["Reason"] = "Je noemt iemand." }, $"{moderationPage}?handler=Hide");
        async Task<(int Reports, string Text)> KeptAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            foreach (var rule in scope.ServiceProvider.GetServices<Inclusief.Web.Infrastructure.Jobs.IRetentionRule>().OfType<ConversationRetention>())
            {
                await rule.ApplyAsync(CancellationToken.None);
            }
            return (await db.Set<CommentReport>().CountAsync(r => r.CommentId == comment.Id), (await db.Set<Comment>().AsNoTracking().SingleAsync(c => c.Id == comment.Id)).Text);
        }

        var atOnce = await KeptAsync();
        app.Clock.Advance(ConversationRetention.KeepResolvedReports + TimeSpan.FromDays(1));
        var afterThreeMonths = await KeptAsync();
        app.Clock.Advance(ConversationRetention.KeepHiddenText - ConversationRetention.KeepResolvedReports);
        var afterHalfAYear = await KeptAsync();
        // Half a year on, both sign in again.
        (coordinator, authorBrowser) = (await app.SignInAsStaffAsync(StaffRoles.Coordinator), await app.SignInAsync(author));
        var moderation = await coordinator.GetStringAsync(moderationPage);

        Assert.Equal((1, "Ik ken het huisnummer van Joyce: 17."), atOnce);
        Assert.Equal((0, "Ik ken het huisnummer van Joyce: 17."), afterThreeMonths);
        Assert.Equal((0, ""), afterHalfAYear);
        Assert.Contains("De woorden van deze reactie zijn gewist, een half jaar nadat ze werd verborgen.", moderation, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Restore", moderation, StringComparison.Ordinal);
        Assert.Contains("Waarom: Je noemt iemand.", await authorBrowser.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_reports_at_most_twenty_comments_a_day_and_keeps_its_note_when_refused()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.CreateAsync();
        var ids = new List<Guid>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var subject = CommentSubjects.Of(idea);
            for (var i = 0; i < CommentReport.PerWindow + 1; i++)
            {
                var comment = Comment.Write(subject, null, author.Id, $"Reactie {i}", app.Now.AddSeconds(-i));
                db.Add(comment);
                ids.Add(comment.Id);
            }
            await db.SaveChangesAsync();
        }
        var reader = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";

        var statuses = new List<HttpStatusCode>();
        foreach (var id in ids)
        {
            var thread = await reader.GetStringAsync(page);
            var reportPage = Links.Href(thread, $"#reactie-{id} a[href^='/Conversation/Report']")
                ?? Links.Href(await reader.GetStringAsync($"{page}?p=2"), $"#reactie-{id} a[href^='/Conversation/Report']")!;
            var response = await reader.SubmitAsync(reportPage, new Dictionary<string, string> { ["Reason"] = "Spam", ["Note"] = $"Reclame {id}" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var refusal = await response.Content.ReadAsStringAsync();
                Assert.Contains("Je hebt vandaag al 20 reacties gemeld.", refusal, StringComparison.Ordinal);
                Assert.Contains($"Reclame {id}", refusal, StringComparison.Ordinal);
            }
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Redirect, CommentReport.PerWindow), HttpStatusCode.OK], statuses);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Equal(CommentReport.PerWindow, await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<CommentReport>().CountAsync(r => ids.Contains(r.CommentId)));
    }

    [Fact]
    public async Task The_same_form_sent_twice_writes_one_comment_and_tells_the_followers_once()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var follower = await app.CreateAsync();
        var page = $"/Ideas/Details/{idea.Id}";
        await (await app.SignInAsync(follower)).SubmitAsync(page, new Dictionary<string, string>(), "/Notifications/Follow?handler=Start");
        var writer = await app.SignInAsync(await app.CreateAsync());
        var form = await writer.OpenFormAsync(page, action: "/Conversation/Write");
        var typed = new Dictionary<string, string> { ["Text"] = "Dubbel geklikt" };

        var first = await form.SubmitAsync(typed);
        var second = await form.SubmitAsync(typed);

        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        Assert.Equal("Dubbel geklikt", comment.Text);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Inclusief.Web.Features.Notifications.Notification>().CountAsync(n => n.UserId == follower.Id));
    }

    [Fact]
    public async Task A_thread_and_its_follows_go_with_a_deleted_idea()
    {
        var submitter = await app.CreateAsync();
        var idea = await app.SharedIdeaAsync(submitter);
        var page = $"/Ideas/Details/{idea.Id}";
        var member = await app.CreateAsync();
        await ConversationWorld.CommentAsync(await app.SignInAsync(member), page, "Een reactie van iemand anders");
        await ConversationWorld.CommentAsync(await app.SignInAsync(await app.CreateAsync()), page, "Nog een");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = await db.Users.SingleAsync(u => u.Id == submitter.Id);
        // What "Mijn gegevens" does to the submitter's ideas when they delete their account.
        await scope.ServiceProvider.GetServices<Inclusief.Web.Infrastructure.Privacy.IPersonalData>().OfType<Inclusief.Web.Features.Ideas.IdeaPersonalData>().Single().EraseAsync(profile);
        var rules = scope.ServiceProvider.GetServices<Inclusief.Web.Infrastructure.Jobs.IRetentionRule>().ToList();
        var lines = new List<string>();
        foreach (var rule in rules.Where(r => r is ConversationRetention or Inclusief.Web.Features.Notifications.NotificationRetention))
        {
            lines.Add(await rule.ApplyAsync(CancellationToken.None));
        }

        Assert.Empty(await CommentsAsync(Key(idea.Id)));
        Assert.False(await db.Set<Inclusief.Web.Features.Notifications.Follow>().AnyAsync(f => f.Key == Key(idea.Id)));
        Assert.False(await db.Set<Inclusief.Web.Features.Notifications.Notification>().AnyAsync(n => n.TargetKey == Key(idea.Id)));
        Assert.Contains(lines, l => l.Contains("2 comments on deleted items removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_suspended_account_reads_why_and_cannot_comment_until_a_coordinator_lifts_it()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.CreateAsync();
        var authorBrowser = await app.SignInAsync(author);
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(authorBrowser, page, "Een vervelende reactie");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var moderationPage = Links.Href(await coordinator.GetStringAsync(page), $"#reactie-{comment.Id} a[href^='/Conversation/Moderation/Comment']")!;

        var suspended = await coordinator.SubmitAsync(moderationPage, new Dictionary<string, string> { ["Suspend.Reason"] = "Herhaaldelijk beledigend." }, $"{moderationPage}?handler=Suspend");
        var authorSees = await authorBrowser.GetStringAsync(page);
        var forged = await authorBrowser.ForgeAsync(page, new Dictionary<string, string> { ["Kind"] = "Idea", ["Key"] = Key(idea.Id), ["Text"] = "Toch nog iets" }, "/Conversation/Write");
        var lifted = await coordinator.SubmitAsync("/Conversation/Moderation", new Dictionary<string, string>(), $"/Conversation/Moderation?userId={author.Id}&handler=Lift");
        var after = await ConversationWorld.CommentAsync(authorBrowser, page, "Sorry voor eerder");

        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        Assert.Contains("Je kunt op dit moment niet reageren. Reden: Herhaaldelijk beledigend.", authorSees, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"nieuwe-reactie\"", authorSees, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("Herhaaldelijk beledigend.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(2, (await CommentsAsync(Key(idea.Id))).Count);
    }

    [Fact]
    public async Task A_reported_comment_its_author_deletes_leaves_the_queue()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.SignInAsync(await app.CreateAsync());
        var reader = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(author, page, "Iets wat ik beter niet had geschreven");
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        await reader.SubmitAsync($"/Conversation/Report/{comment.Id}", new Dictionary<string, string> { ["Reason"] = "ThreatOrHarassment" });
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var before = await coordinator.GetStringAsync("/Conversation/Moderation");

        await author.SubmitAsync($"/Conversation/Edit/{comment.Id}", new Dictionary<string, string>(), $"/Conversation/Edit/{comment.Id}?handler=Delete");

        Assert.Contains($"/Conversation/Moderation/Comment/{comment.Id}", before, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Conversation/Moderation/Comment/{comment.Id}", await coordinator.GetStringAsync("/Conversation/Moderation"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_coordinators_reach_moderation()
    {
        var member = await app.SignInAsync(await app.CreateAsync());
        var coordinatorWithoutSecondFactor = await app.SignInAsync(await app.CreateAsync(StaffRoles.Coordinator));

        Assert.Equal("/Accounts/AccessDenied", (await member.GetAsync("/Conversation/Moderation")).Headers.Location?.AbsolutePath);
        Assert.Equal("/Accounts/AccessDenied", (await coordinatorWithoutSecondFactor.GetAsync("/Conversation/Moderation")).Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task A_closed_thread_stays_readable_and_takes_no_new_comment()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var member = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        await ConversationWorld.CommentAsync(member, page, "Voor het sluiten");
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var closed = await coordinator.SubmitAsync(page, new Dictionary<string, string>(), "/Conversation/Moderation/Thread?handler=Close");
        var html = await member.GetStringAsync(page);
        var forged = await member.ForgeAsync(page, new Dictionary<string, string> { ["Kind"] = "Idea", ["Key"] = Key(idea.Id), ["Text"] = "Na het sluiten" }, "/Conversation/Write");

        Assert.Equal($"{page}#reacties", closed.Headers.Location?.OriginalString);
        Assert.Contains("Voor het sluiten", html, StringComparison.Ordinal);
        Assert.Contains("De reacties op dit onderwerp zijn gesloten.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"nieuwe-reactie\"", html, StringComparison.Ordinal);
        Assert.Contains("De reacties op dit onderwerp zijn gesloten.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await CommentsAsync(Key(idea.Id)));
    }

    [Fact]
    public async Task An_account_writes_at_most_ten_comments_in_ten_minutes_and_keeps_the_eleventh_text()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var member = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";
        for (var i = 0; i < CommentThreads.PerWindow; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await ConversationWorld.CommentAsync(member, page, $"Reactie {i}")).StatusCode);
        }

        var eleventh = await ConversationWorld.CommentAsync(member, page, "Nummer elf");
        app.Clock.Advance(CommentThreads.Window);
        var later = await ConversationWorld.CommentAsync(member, page, "Na een pauze");

        var refusal = await eleventh.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, eleventh.StatusCode);
        Assert.Contains("Wacht even en probeer het dan opnieuw", refusal, StringComparison.Ordinal);
        Assert.Contains("Nummer elf", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(CommentThreads.PerWindow + 1, (await CommentsAsync(Key(idea.Id))).Count);
    }

    [Fact]
    public async Task Links_in_comments_are_marked_as_user_content_and_images_are_dropped()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var member = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";

        await ConversationWorld.CommentAsync(member, page, "Zie [de site](https://example.org/hulp) en ![foto](https://tracker.example/pixel.gif) <img src=/ImageBank/Image/1>");
        var html = await member.GetStringAsync(page);

        Assert.Contains("<a href=\"https://example.org/hulp\" rel=\"nofollow ugc noopener noreferrer\">de site</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=\"/ImageBank", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_follow_a_sub_projects_visibility()
    {
        var lead = await app.CreateAsync();
        var closedGroup = await app.SubProjectAsync(lead, Visibility.WorkGroup);
        var open = await app.SubProjectAsync(lead, Visibility.Public);
        var leadBrowser = await app.SignInAsync(lead);
        await ConversationWorld.CommentAsync(leadBrowser, $"/Projects/Details/{closedGroup.Id}", "Alleen voor de werkgroep");
        await ConversationWorld.CommentAsync(leadBrowser, $"/Projects/Details/{open.Id}", "Voor iedereen te lezen");
        var stranger = await app.SignInAsync(await app.CreateAsync());
        var anonymous = app.CreateBrowser();

        var forged = await stranger.ForgeAsync($"/Projects/Details/{open.Id}",
            new Dictionary<string, string> { ["Kind"] = "SubProject", ["Key"] = Key(closedGroup.Id), ["Text"] = "Ik kijk mee" }, "/Conversation/Write");
        var publicPage = await anonymous.GetStringAsync($"/Projects/Details/{open.Id}");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Projects/Details/{closedGroup.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Conversation/Write?kind=SubProject&key={Key(closedGroup.Id)}")).StatusCode);
        var hidden = Assert.Single(await CommentsAsync(Key(closedGroup.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Conversation/Report/{hidden.Id}")).StatusCode);
        Assert.Contains("Voor iedereen te lezen", publicPage, StringComparison.Ordinal);
        Assert.Contains("Log in om te reageren", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/Conversation/Write", publicPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_members_only_knowledge_item_shows_its_thread_to_nobody_signed_out_and_a_public_one_shows_a_new_comment_at_once()
    {
        var membersOnly = await app.PublishAsync($"Alleen leden {Guid.NewGuid():N}", visibility: KnowledgeVisibility.Members);
        var open = await app.PublishAsync($"Openbaar {Guid.NewGuid():N}");
        var member = await app.SignInAsync(await app.CreateAsync());
        await ConversationWorld.CommentAsync(member, $"/Knowledge/Item/{membersOnly}", "Alleen voor leden bedoeld");
        var anonymous = app.CreateBrowser();
        var cachedBefore = await anonymous.GetStringAsync($"/Knowledge/Item/{open}");

        await ConversationWorld.CommentAsync(member, $"/Knowledge/Item/{open}", "Een nieuwe openbare reactie");
        var cachedAfter = await anonymous.GetStringAsync($"/Knowledge/Item/{open}");

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/Knowledge/Item/{membersOnly}")).StatusCode);
        Assert.Contains("Alleen voor leden bedoeld", await member.GetStringAsync($"/Knowledge/Item/{membersOnly}"), StringComparison.Ordinal);
        Assert.Contains("Nog geen reacties.", cachedBefore, StringComparison.Ordinal);
        Assert.Contains("Een nieuwe openbare reactie", cachedAfter, StringComparison.Ordinal);
        var feed = await anonymous.GetStringAsync("/Knowledge/Feed");
        Assert.DoesNotContain("Alleen voor leden bedoeld", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_thread_pages_and_its_pager_reaches_the_later_comments()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var author = await app.CreateAsync();
            var subject = CommentSubjects.Of(idea);
            db.AddRange(Enumerable.Range(1, CommentThreads.PageSize + 5).Select(n => Comment.Write(subject, null, author.Id, $"Reactie nummer {n:000}", app.Now.AddSeconds(n))));
            await db.SaveChangesAsync();
        }
        var member = await app.SignInAsync(await app.CreateAsync());
        var page = $"/Ideas/Details/{idea.Id}";

        var first = await member.GetStringAsync(page);
        var second = await member.FollowLinkAsync(first, ".comments .pager a[rel=next]");

        Assert.Contains("Reactie nummer 020", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Reactie nummer 021", first, StringComparison.Ordinal);
        Assert.Contains("Reactie nummer 025", second, StringComparison.Ordinal);
        Assert.Contains("Pagina 2 van 2", second, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"comment-count\">(25)", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_exports_its_comments_and_deleting_it_takes_their_words_and_name()
    {
        var idea = await app.SharedIdeaAsync(await app.CreateAsync());
        var author = await app.CreateAsync();
        var browser = await app.SignInAsync(author);
        await ConversationWorld.CommentAsync(browser, $"/Ideas/Details/{idea.Id}", "Mijn verhaal over de bank");

        var export = await (await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string>(), "/Accounts/MyData?handler=Export")).Content.ReadAsStringAsync();
        await browser.SubmitAsync("/Accounts/MyData", new Dictionary<string, string> { ["confirm"] = "true", ["password"] = People.Password }, "/Accounts/MyData?handler=Delete");

        Assert.Contains("Mijn verhaal over de bank", export, StringComparison.Ordinal);
        var comment = Assert.Single(await CommentsAsync(Key(idea.Id)));
        Assert.Equal(("", (string?)null), (comment.Text, comment.AuthorId));
        Assert.NotNull(comment.DeletedAt);
    }
}
