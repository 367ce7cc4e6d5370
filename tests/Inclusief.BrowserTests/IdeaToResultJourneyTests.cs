using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class IdeaToResultJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_idea_is_questioned_answered_and_accepted_and_its_lead_adds_an_action_and_a_milestone()
    {
        var title = $"Bankcursus {Guid.NewGuid():N}"[..20];
        var submitter = await app.NewPageAsync();
        await submitter.SignInAsync(app, await app.CreateAsync());
        await submitter.GotoAsync("/Ideas");
        await submitter.AssertAccessibleAsync();
        await submitter.GetByRole(AriaRole.Link, new() { Name = "Idee of knelpunt indienen" }).First.ClickAsync();
        await submitter.AssertAccessibleAsync();
        await submitter.GetByLabel("Een idee voor een project").CheckAsync();
        await submitter.GetByLabel("Titel").FillAsync(title);
        await submitter.GetByLabel("Beschrijving").FillAsync("Een cursus voor sekswerkers over wat banken vragen bij een zakelijke rekening.");
        await submitter.GetByRole(AriaRole.Button, new() { Name = "Idee indienen" }).ClickAsync();
        await Expect(submitter.GetByTestId("status")).ToHaveTextAsync("Nieuw");
        await submitter.AssertAccessibleAsync();
        var ideaUrl = submitter.Url;

        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/Ideas/Admin");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await coordinator.GetByLabel("Vraag of toelichting").FillAsync("Voor welke stad is de cursus bedoeld?");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("Meer informatie nodig");
        await coordinator.AssertAccessibleAsync();

        await submitter.GotoAsync(ideaUrl);
        await submitter.GetByLabel("Je antwoord").FillAsync("Eerst Den Haag, daarna andere steden.");
        await submitter.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(submitter.GetByTestId("status")).ToHaveTextAsync("Wordt bekeken");

        await coordinator.ReloadAsync();
        await coordinator.GetByLabel("Vraag of toelichting").FillAsync("Past bij het thema bankzaken.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aannemen en deelproject starten" }).ClickAsync();
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("Aangenomen");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await coordinator.AssertAccessibleAsync();

        await coordinator.GetByText("Actie toevoegen").First.ClickAsync();
        await coordinator.GetByLabel("Wat moet er gebeuren?").FillAsync("Drie banken benaderen");
        await coordinator.GetByLabel("Klaar op").FillAsync(TimeProvider.System.GetUtcNow().AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Actie toevoegen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De actie is toegevoegd.");
        await coordinator.GetByText("Mijlpaal toevoegen").First.ClickAsync();
        await coordinator.GetByLabel("Mijlpaal", new() { Exact = true }).FillAsync("Cursus gegeven");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Mijlpaal toevoegen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De mijlpaal is toegevoegd.");
        // The milestone's name is part of the button's accessible name ("Bereikt : Cursus gegeven").
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Cursus gegeven" }).ClickAsync();

        await Expect(coordinator.GetByTestId("progress")).ToHaveTextAsync("100%");
        await Expect(coordinator.Locator("ul.actions-list")).ToContainTextAsync("Drie banken benaderen");
        await coordinator.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_feedback_round_goes_from_opening_to_a_published_response()
    {
        var title = $"Ronde {Guid.NewGuid():N}"[..18];
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/Feedback/Admin/Create");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Titel").FillAsync(title);
        await coordinator.GetByLabel("Waar gaat het over?").FillAsync("Een folder voor sekswerkers over hun rechten bij de bank.");
        await coordinator.GetByLabel("Iedereen met een account").CheckAsync();
        await coordinator.Locator("#q0-text").FillAsync("Hoe duidelijk is de folder?");
        await coordinator.Locator("#q0-kind").SelectOptionAsync("Scale");
        await coordinator.Locator("#q1-text").FillAsync("Wat zou je veranderen?");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ronde openen en uitnodigen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De feedbackronde is geopend");
        await coordinator.AssertAccessibleAsync();

        var member = await app.NewPageAsync();
        await member.SignInAsync(app, await app.CreateAsync());
        await member.GotoAsync("/Feedback");
        await member.AssertAccessibleAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await member.GetByLabel("4").CheckAsync();
        await member.GetByLabel("Wat zou je veranderen?").FillAsync("Grotere letters.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Antwoorden versturen" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Je antwoorden zijn opgeslagen");
        await member.AssertAccessibleAsync();

        // The deadline passes.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var closed = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-1);
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<FeedbackRound>().Where(r => r.Title == title)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Deadline, closed));
        }
        await coordinator.ReloadAsync();
        await Expect(coordinator.GetByTestId("responses")).ToHaveTextAsync("1 reacties");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Wat doen we ermee?").FillAsync("We maken de letters groter in de volgende druk.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Reactie publiceren" }).ClickAsync();

        await member.ReloadAsync();
        await Expect(member.GetByTestId("published-response")).ToHaveTextAsync("We maken de letters groter in de volgende druk.");
        await member.AssertAccessibleAsync();
    }
}
