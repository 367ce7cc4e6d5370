using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class KnowledgeJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task A_member_writes_an_essay_under_a_pseudonym_an_editor_publishes_it_and_a_visitor_finds_it()
    {
        var member = await app.NewPageAsync();
        await member.SignInAsync(app, await app.CreateAsync());
        await member.GotoAsync("/Knowledge/Write");
        await member.GetByLabel("Soort").SelectOptionAsync("Essay");
        await member.GetByLabel("Titel", new() { Exact = true }).FillAsync("Een rekening bij de bank, eindelijk");
        await member.GetByLabel("Auteur").FillAsync("Lotus");
        await member.GetByLabel("Samenvatting").FillAsync("Hoe ik na vier weigeringen toch een zakelijke rekening kreeg.");
        await member.GetByLabel("Tekst", new() { Exact = true }).FillAsync("## Vier keer nee\n\nDe **vijfde** bank zei ja. <script>alert(1)</script>");
        await member.GetByLabel("Thema's").FillAsync("bankzaken");
        await member.AssertAccessibleAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Opslaan en ter beoordeling aanbieden" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("ter beoordeling bij de redactie");

        var editor = await app.NewPageAsync();
        await editor.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await editor.GotoAsync("/Knowledge/Admin");
        await editor.AssertAccessibleAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Een rekening bij de bank, eindelijk" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Opslaan en publiceren" }).ClickAsync();
        await Expect(editor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Gepubliceerd.");

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/Knowledge");
        await visitor.GetByLabel("Zoeken").FillAsync("weigeringen bank");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Een rekening bij de bank, eindelijk" }).ClickAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("Door Lotus");
        await Expect(visitor.Locator(".prose strong")).ToHaveTextAsync("vijfde");
        await Expect(visitor.Locator("main script")).ToHaveCountAsync(0);
        await visitor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_coordinator_adds_a_photo_to_the_image_bank_and_a_withdrawn_consent_takes_it_away()
    {
        var coordinator = await app.NewPageAsync();
        await coordinator.SignInAsync(app, await app.CreateAsync(StaffRoles.Coordinator, withTwoFactor: true));
        await coordinator.GotoAsync("/ImageBank/Admin/Upload");
        await coordinator.AssertAccessibleAsync();
        await coordinator.GetByLabel("Foto", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "IMG_0042.jpg", MimeType = "image/jpeg", Buffer = Photos.JpegWithGpsMetadata(1200, 800) });
        await coordinator.GetByLabel("Titel", new() { Exact = true }).FillAsync("Aan het werk in de studio");
        await coordinator.GetByLabel("Beschrijving voor wie de foto niet ziet (alt-tekst)").FillAsync("Een vrouw zit aan een bureau met een laptop en lacht.");
        await coordinator.GetByLabel("Fotograaf").FillAsync("Sam de Vries");
        await coordinator.GetByLabel("Wie staat er op (initialen of schuilnaam)").FillAsync("M.");
        await coordinator.GetByLabel("Datum van de toestemming").FillAsync("2026-11-20");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Foto toevoegen" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToHaveTextAsync("De foto staat in de beeldbank.");
        await coordinator.AssertAccessibleAsync();

        var visitor = await app.NewPageAsync();
        await visitor.GotoAsync("/ImageBank");
        await Expect(visitor.GetByRole(AriaRole.Img, new() { Name = "Een vrouw zit aan een bureau met een laptop en lacht." })).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Aan het werk in de studio" }).ClickAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("Foto: Sam de Vries");
        await visitor.AssertAccessibleAsync();

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Toestemming ingetrokken" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De foto is overal verwijderd.");
        await visitor.GotoAsync("/ImageBank");
        await Expect(visitor.GetByRole(AriaRole.Img, new() { Name = "Een vrouw zit aan een bureau met een laptop en lacht." })).ToHaveCountAsync(0);
    }
}
