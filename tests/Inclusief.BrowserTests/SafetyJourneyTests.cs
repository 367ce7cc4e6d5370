using Microsoft.Extensions.DependencyInjection;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Inclusief.BrowserTests;

[Collection(BrowserSuite.Name)]
public sealed class SafetyJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task An_anonymous_report_becomes_a_warning_that_a_member_reads_receives_by_mail_and_finds_with_the_client_check()
    {
        var email = $"veilig-{Guid.NewGuid():N}@example.org";
        var member = await app.NewPageAsync();
        await member.SignInAsync(app, await app.CreateAsync(email: email, emailConfirmed: true));
        await member.GotoAsync("/Safety/Join");
        await member.AssertAccessibleAsync();
        await member.GetByLabel("Werknaam").FillAsync("Lola");
        await member.GetByLabel("E-mailadres").FillAsync(email);
        await member.GetByLabel("Zeeland").CheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Een moderator bekijkt je aanmelding");
        await member.GotoAsync("/Safety/Warnings");
        await Expect(member.GetByTestId("members-only")).ToContainTextAsync("wordt bekeken door een moderator");
        await member.AssertAccessibleAsync();

        var moderator = await app.NewPageAsync();
        await moderator.SignInAsync(app, await app.CreateAsync(StaffRoles.SafetyModerator, withTwoFactor: true));
        await moderator.GotoAsync("/Safety/Admin/Members");
        await moderator.AssertAccessibleAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Lola" }).Filter(new() { HasText = "Goedkeuren" }).Last.ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het lid is goedgekeurd.");

        var reporter = await app.NewPageAsync();
        await reporter.GotoAsync("/Safety/Report");
        await reporter.AssertAccessibleAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        await reporter.GetByLabel("Wat gebeurde er?").SelectOptionAsync("Robbery");
        await reporter.GetByLabel("In welke regio?").SelectOptionAsync("Zeeland");
        await reporter.GetByLabel("Wat is er gebeurd?").FillAsync($"Hij nam het geld weer mee ({marker}).");
        await reporter.GetByLabel("Telefoonnummer").FillAsync("06-11223344");
        await reporter.GetByLabel("Anderen waarschuwen").CheckAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        await Expect(reporter.GetByTestId("receipt")).ToBeVisibleAsync();
        await reporter.AssertAccessibleAsync();

        await moderator.GotoAsync("/Safety/Admin");
        await moderator.AssertAccessibleAsync();
        await moderator.GetByRole(AriaRole.Link).Filter(new() { HasText = "Beroving · Zeeland" }).Last.ClickAsync();
        await Expect(moderator.GetByTestId("narrative")).ToContainTextAsync(marker);
        await moderator.AssertAccessibleAsync();
        await moderator.GetByLabel("Tekst van de waarschuwing").FillAsync($"Klant betaalt en neemt het geld daarna met geweld terug ({marker}).");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("De waarschuwing is gepubliceerd");
        await moderator.GotoAsync("/Safety/Admin/Warnings");
        await Expect(moderator.GetByTestId("live-warning").Filter(new() { HasText = marker })).ToBeVisibleAsync();
        await moderator.AssertAccessibleAsync();

        var alert = await app.MailDev.WaitForTextToAsync(email, "Nieuwe waarschuwing in je regio");
        Assert.DoesNotContain(marker, alert, StringComparison.Ordinal);
        await member.GotoAsync("/Safety/Warnings");
        await Expect(member.GetByTestId("warning").Filter(new() { HasText = marker })).ToContainTextAsync("06-******44");
        await member.AssertAccessibleAsync();
        await member.GotoAsync("/Safety/Check");
        await member.GetByLabel("Nummer, adres, kenteken of naam").FillAsync("+31 (0)6 1122 3344");
        await member.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
        await Expect(member.GetByTestId("check-result")).ToContainTextAsync(marker);
        await member.AssertAccessibleAsync();
    }

    [Fact]
    public async Task An_approved_member_chooses_SMS_and_adds_the_number_with_the_code_it_receives()
    {
        var email = $"sms-{Guid.NewGuid():N}@example.org";
        var user = await app.CreateAsync(email: email, emailConfirmed: true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var membership = Inclusief.Web.Features.Safety.SafetyMember.Apply(user.Id, "Noor",
                scope.ServiceProvider.GetRequiredService<Inclusief.Web.Infrastructure.Crypto.FieldCipher>().Encrypt(email, Inclusief.Web.Features.Safety.SafetyMember.CipherPurpose),
                ["Zeeland"], Inclusief.Web.Features.Safety.WorkContext.None, null, now);
            membership.Approve("test", now);
            var db = scope.ServiceProvider.GetRequiredService<Inclusief.Data.AppDbContext>();
            db.Add(membership);
            await db.SaveChangesAsync();
        }
        var e164 = $"+3164{Random.Shared.Next(1_000_000, 9_999_999)}";
        var member = await app.NewPageAsync();
        await member.SignInAsync(app, user);
        await member.GotoAsync("/Safety/Join");
        await member.AssertAccessibleAsync();
        await member.GetByRole(AriaRole.Link, new() { Name = "Waarschuwingen ook per sms" }).ClickAsync();
        await member.AssertAccessibleAsync();
        await member.GetByLabel("Mobiel nummer").FillAsync("070 123 4567");
        await member.GetByRole(AriaRole.Button, new() { Name = "Code sturen" }).ClickAsync();
        await Expect(member.Locator(".field-error").First).ToContainTextAsync("Dit is geen mobiel nummer.");
        await member.AssertAccessibleAsync();
        await member.GetByLabel("Mobiel nummer").FillAsync($"06 {e164[4..]}");
        await member.GetByRole(AriaRole.Button, new() { Name = "Code sturen" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("We hebben een code gestuurd.");
        await member.AssertAccessibleAsync();
        var sms = Assert.Single(await FakeSmsc.WaitForNumberAsync(e164));
        var code = System.Text.RegularExpressions.Regex.Match(sms.Text, @"\b\d{6}\b").Value;
        await member.GetByLabel("Code uit de sms").FillAsync($"{code[..3]} {code[3..]}");
        await member.GetByRole(AriaRole.Button, new() { Name = "Nummer bevestigen" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("Je krijgt voortaan een sms als er een nieuwe waarschuwing is.");
        await Expect(member.GetByTestId("sms-number")).ToContainTextAsync($"{e164[^2..]}.");
        await member.AssertAccessibleAsync();
        Assert.DoesNotContain(e164[4..], await member.ContentAsync(), StringComparison.Ordinal);
    }
}
