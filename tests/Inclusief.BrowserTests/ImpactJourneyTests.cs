using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
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

        // From the dashboard to an evaluation point, and its printed form.
        await coordinator.OpenMenuAsync();
        await coordinator.Locator(".staff-menu > summary").ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Weegmomenten", Exact = true }).ClickAsync();
        var title = $"Weegmoment {Guid.NewGuid():N}"[..20];
        await coordinator.GetByLabel("Titel").FillAsync(title);
        await coordinator.GetByLabel("Van", new() { Exact = true }).FillAsync("2025-01-01");
        await coordinator.GetByLabel("Tot en met", new() { Exact = true }).FillAsync("2026-06-30");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Openen en de cijfers vastleggen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await coordinator.GetByLabel("Wat werkte").FillAsync("De **kenniscafés** brachten iedereen aan tafel.");
        await coordinator.GetByLabel("Wat niet werkte").FillAsync("Studenten bereikten we te weinig.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Tekst opslaan" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("De tekst van het weegmoment is opgeslagen.");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Bijsturen").CheckAsync();
        await coordinator.GetByLabel("Waarom").FillAsync("Het bereik onder studenten moet groter.");
        await coordinator.GetByLabel("Afgesproken veranderingen").FillAsync("Spreekuren op de hogeschool.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("Het besluit is vastgelegd. Het document verandert niet meer.");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Het document lezen en afdrukken" }).ClickAsync();
        await Expect(coordinator.Locator("#decision")).ToHaveTextAsync("Besluit: Bijsturen");
        await Expect(coordinator.Locator("#worked + .prose strong")).ToHaveTextAsync("kenniscafés");
        await coordinator.AssertAccessibleAsync();
        await coordinator.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(coordinator.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(coordinator.GetByRole(AriaRole.Link, new() { Name = "Weegmoment bewerken" })).ToBeHiddenAsync();
        var pdf = await coordinator.PdfAsync(new() { PreferCSSPageSize = true });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        // The figures start on a page of their own: the document is at least two A4 pages (595 x 842 points).
        var pages = System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.Contains("/MediaBox [0 0 594.9", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);

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
        var project = SubProject.FromIdea(Guid.NewGuid(), $"Werkplekken {title}", "Waar kunnen sekswerkers veilig werken?", null, staff.Id, TimeProvider.System.GetUtcNow().UtcDateTime);
        project.Change(new SubProject.Settings(project.Title, project.Question, null, null, SubProjectStatus.Running, Visibility.Public, null, null, null));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            db.Add(project);
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
        await coordinator.GetByLabel("Vanuit").SelectOptionAsync($"project:{project.Id}");
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

        // The coordinator puts the sub-project on the knowledge agenda; the public follows it to the student's finished assignment.
        await coordinator.GotoAsync("/Agenda/Admin");
        await coordinator.GetByLabel("Titel").FillAsync($"Veilig werken {title}");
        await coordinator.GetByLabel("Vragen").FillAsync("Waar kunnen sekswerkers veilig werken?");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Programmalijn toevoegen" }).ClickAsync();
        await coordinator.GetByLabel("Werk", new() { Exact = true }).SelectOptionAsync($"SubProject:{project.Id}");
        await coordinator.GetByLabel("Welke O").SelectOptionAsync("Education");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Werk koppelen" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("Het werk staat bij de programmalijn.");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Kennisagenda schrijven" }).ClickAsync();
        await coordinator.GetByLabel("Wat veranderde en waarom").FillAsync("Een lijn over veilig werken.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Publiceer als nieuwe versie" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToContainTextAsync("van de kennisagenda staat openbaar.");

        await visitor.GotoAsync("/Impact");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "lees de kennisagenda" }).ClickAsync();
        var line = visitor.Locator("[data-testid=agenda-line]").Filter(new() { HasText = $"Veilig werken {title}" });
        await Expect(line.Locator("h4")).ToHaveTextAsync("Onderwijs");
        await visitor.AssertAccessibleAsync();
        await line.Locator("[data-testid=finished-assignments]").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
    }
}
