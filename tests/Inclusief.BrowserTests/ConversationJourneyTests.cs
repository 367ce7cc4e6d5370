using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Conversation;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Notifications;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ConversationJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_comment_is_reported_and_hidden_its_author_reads_why_and_the_follower_gets_a_digest_the_next_morning()
    {
        var submitter = await app.CreateAsync(email: $"indiener-{Guid.NewGuid():N}@example.org", emailConfirmed: true);
        var idea = await SharedIdeaAsync(submitter);
        var author = await app.CreateAsync();
        var reader = await app.CreateAsync();

        // The submitter wants a daily overview of comments.
        var submitterPage = await app.NewPageAsync();
        await submitterPage.SignInAsync(app, submitter);
        await submitterPage.OpenMenuAsync();
        await submitterPage.GetByRole(AriaRole.Link, new() { Name = "Mijn meldingen" }).ClickAsync();
        await submitterPage.AssertAccessibleAsync();
        await submitterPage.GetByRole(AriaRole.Link, new() { Name = "Mail over meldingen instellen" }).ClickAsync();
        await submitterPage.GetByRole(AriaRole.Group, new() { Name = "Nieuwe reacties op wat je volgt" }).GetByLabel("Eén mail per dag").CheckAsync();
        await submitterPage.AssertAccessibleAsync();
        await submitterPage.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Expect(submitterPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Je keuzes zijn bewaard.");

        // A member comments on the shared idea, found through the list of shared ideas.
        var authorPage = await app.NewPageAsync();
        await authorPage.SignInAsync(app, author);
        await authorPage.GotoAsync("/Ideas");
        await authorPage.AssertAccessibleAsync();
        await authorPage.GetByRole(AriaRole.Link, new() { Name = idea.Title }).ClickAsync();
        await authorPage.AssertAccessibleAsync();
        await authorPage.GetByLabel("Je reactie").FillAsync("Ik ken iemand die dat ook had: Sanne van de Dorpsstraat.");
        await authorPage.GetByRole(AriaRole.Button, new() { Name = "Reactie plaatsen" }).ClickAsync();
        await Expect(authorPage.Locator(".comment .prose")).ToContainTextAsync("Sanne van de Dorpsstraat");
        await authorPage.AssertAccessibleAsync();

        // Another member reports it.
        var readerPage = await app.NewPageAsync();
        await readerPage.SignInAsync(app, reader);
        await readerPage.GotoAsync($"/Ideas/Details/{idea.Id}");
        await readerPage.Locator(".comment").GetByRole(AriaRole.Link, new() { Name = "Melden" }).ClickAsync();
        await readerPage.AssertAccessibleAsync();
        await readerPage.GetByLabel("Noemt of ontmaskert iemand").CheckAsync();
        await readerPage.GetByRole(AriaRole.Button, new() { Name = "Melden" }).ClickAsync();
        await Expect(readerPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Een coördinator bekijkt de reactie.");
        await readerPage.AssertAccessibleAsync();

        // A coordinator finds it at the top of the queue and hides it.
        var coordinator = await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true);
        var coordinatorPage = await app.NewPageAsync();
        await coordinatorPage.SignInAsync(app, coordinator);
        await coordinatorPage.OpenMenuAsync();
        await coordinatorPage.Locator(".staff-menu > summary").ClickAsync();
        await coordinatorPage.GetByRole(AriaRole.Link, new() { Name = "Reacties modereren" }).ClickAsync();
        await coordinatorPage.AssertAccessibleAsync();
        await coordinatorPage.GetByRole(AriaRole.Link, new() { Name = "Sanne van de Dorpsstraat", Exact = false }).ClickAsync();
        await coordinatorPage.AssertAccessibleAsync();
        await coordinatorPage.GetByLabel("Reden om te verbergen").FillAsync("Je noemt iemand met naam en straat.");
        await coordinatorPage.GetByRole(AriaRole.Button, new() { Name = "Verbergen" }).ClickAsync();
        await Expect(coordinatorPage.GetByTestId("moderation-status")).ToContainTextAsync("Verborgen: Je noemt iemand met naam en straat.");
        await coordinatorPage.AssertAccessibleAsync();

        // The author sees why; others see only that it was hidden.
        await authorPage.ReloadAsync();
        await Expect(authorPage.GetByTestId("hidden-reason")).ToHaveTextAsync("Waarom: Je noemt iemand met naam en straat.");
        await authorPage.AssertAccessibleAsync();
        await readerPage.ReloadAsync();
        await Expect(readerPage.Locator(".comments")).ToContainTextAsync("Deze reactie is verborgen door een moderator.");
        await Expect(readerPage.Locator(".comments")).Not.ToContainTextAsync("Dorpsstraat");

        // The next morning the digest run queues the submitter's daily overview; the outbox sends it.
        var tomorrow = DateOnly.FromDateTime(ProgrammeTime.ToLocal(TimeProvider.System.GetUtcNow().UtcDateTime)).AddDays(1);
        var nextMorning = new FakeTimeProvider(new DateTimeOffset(ProgrammeTime.ToUtc(tomorrow, new TimeOnly(7, 5)), TimeSpan.Zero));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var run = new DigestRun(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<Outbox>(), nextMorning);
            Assert.True(await run.QueueDueAsync() >= 1);
        }
        var digest = await app.MailDev.WaitForTextToAsync(submitter.Email!, "Je dagelijkse overzicht");
        Assert.Contains($"Nieuwe reactie bij ‘{idea.Title}’", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("Dorpsstraat", digest, StringComparison.Ordinal);
    }

    private async Task<Idea> SharedIdeaAsync(AppUser submitter)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var idea = Idea.Submit(Guid.NewGuid(), submitter.Id, new Idea.Content(IdeaKind.Bottleneck, $"Gedeeld idee {Guid.NewGuid():N}"[..24],
            "Verhuurders weigeren een werkplek zodra ze horen wat je doet.", null, null, null, null, Shared: true), now);
        db.Add(idea);
        db.Add(Follow.Start(submitter.Id, FollowTarget.Idea, CommentSubjects.KeyOf(idea.Id), now));
        await db.SaveChangesAsync();
        return idea;
    }
}
