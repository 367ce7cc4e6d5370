using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Knowledge;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class ImpactJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_coordinator_reads_the_monitoring_and_the_public_reads_the_impact_of_a_closed_year()
    {
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.OpenMenuAsync();
        await coordinator.Locator(".staff-menu > summary").ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Monitoring", Exact = true }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Monitoring");
        await Expect(coordinator.Locator("#figure-aanmeldingen table")).ToBeVisibleAsync();
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Van", new() { Exact = true }).FillAsync("2020-01-01");
        await coordinator.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2019-01-01");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Toon de cijfers" }).ClickAsync();
        await Expect(coordinator.Locator(".error-summary")).ToContainTextAsync("De einddatum ligt voor de begindatum");
        await coordinator.AssertAccessibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Wat we bereiken" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Impact: wat het programma bereikt");
        await Expect(visitor.Locator("section.figure").First).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_student_applies_on_a_phone_is_accepted_and_the_finished_assignment_shows_its_product()
    {
        var title = $"Opdracht {Guid.NewGuid():N}"[..18];
        var staff = await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true);
        int product;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var report = KnowledgeItem.Start(new KnowledgeItem.Draft(KnowledgeKind.Report, $"Rapport {title}", "Wat de student vond.", "De bevindingen.", "nl", "Student",
                KnowledgeVisibility.Public, null, null, [], [], [], [], [], []), staff.Id, now);
            report.Publish(now);
            db.Add(report);
            await db.SaveChangesAsync();
            product = report.Id;
        }
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, staff);
        await coordinator.GotoAsync("/Students/Admin");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Opdracht aanbieden" }).ClickAsync();
        await coordinator.GetByLabel("Soort opdracht").SelectOptionAsync("ShortResearch");
        await coordinator.GetByLabel("Titel").FillAsync(title);
        await coordinator.GetByLabel("Wat de student doet en leert").FillAsync("In tien weken de werkplekken in kaart brengen.");
        await coordinator.GetByLabel("Opleiding").FillAsync("Social Work");
        await coordinator.GetByLabel("Begeleidend docent").FillAsync("Docent Z");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        var student = await app.NewPageAsync();
        await student.SignInAsync(app, await app.CreateAsync(email: $"student-{Guid.NewGuid():N}@example.org", emailConfirmed: true));
        await student.GotoAsync("/Students");
        await student.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await student.AssertAccessibleAsync();
        await student.GetByLabel("Waarom deze opdracht?").FillAsync("Ik doe de minor Inclusiviteit in de Stad.");
        await student.GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }).ClickAsync();
        await Expect(student.Locator("main")).ToContainTextAsync("Wacht op een besluit");
        await student.AssertAccessibleAsync();

        await coordinator.ReloadAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Aannemen" }).ClickAsync();
        await Expect(coordinator.Locator("main")).ToContainTextAsync("1 van 1 plaatsen bezet");
        await coordinator.GetByLabel("Nummer van het kennisitem").FillAsync(product.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Afronden met dit product" }).ClickAsync();
        await Expect(coordinator.Locator("main")).ToContainTextAsync("De opdracht is afgerond met zijn product.");
        await coordinator.AssertAccessibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Students");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Afgerond" }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(visitor.Locator("dl.facts")).ToContainTextAsync("Afgerond");
        await visitor.AssertAccessibleAsync();
        await visitor.Locator("dl.facts a[href^='/Knowledge/Item/']").ClickAsync();
        await Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Knowledge/Item/{product}$"));
    }
}
