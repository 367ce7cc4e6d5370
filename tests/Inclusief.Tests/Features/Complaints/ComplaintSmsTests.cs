using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Inclusief.Web.Features.Complaints;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Features.Complaints;

/// <summary>A reporter who leaves a mobile number instead of an address hears by SMS that there is an answer, and nothing more.</summary>
public sealed class ComplaintSmsTests
{
    private sealed class Factory : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => FakeSmsc.Settings();
    }

    [Fact]
    public async Task A_mobile_number_whose_reporter_asks_for_it_gets_a_text_without_content_when_the_caseworker_replies()
    {
        using var app = new Factory();
        var texted = $"+3161{Random.Shared.Next(1_000_000, 9_999_999)}";
        var notAsked = $"+3162{Random.Shared.Next(1_000_000, 9_999_999)}";
        var reporter = app.CreateBrowser();
        var form = await reporter.GetStringAsync("/Complaints");
        Dictionary<string, string> Fields(string phone) => new()
        {
            ["Input.Narrative"] = "Mijn bank zegt mijn rekening op.", ["Input.Category"] = nameof(ComplaintCategory.BankAccount),
            ["Input.OrganisationKind"] = nameof(OrganisationKind.BankOrPaymentProvider), ["Input.Wish"] = nameof(ReporterWish.IndividualSupport), ["Input.Phone"] = phone,
        };
        var landline = await reporter.SubmitAsync("/Complaints", new Dictionary<string, string>(Fields("070 123 4567")) { ["Input.TextMe"] = "true" });
        var noNumber = await reporter.SubmitAsync("/Complaints", new Dictionary<string, string>(Fields("")) { ["Input.TextMe"] = "true" });
        await reporter.SubmitAsync("/Complaints", new Dictionary<string, string>(Fields($"06 {texted[4..]}")) { ["Input.TextMe"] = "true" });
        // Left to be called back: not texted.
        await reporter.SubmitAsync("/Complaints", Fields($"06 {notAsked[4..]}"));
        var caseworker = await app.SignInAsStaffAsync(StaffRoles.Caseworker);
        List<Complaint> complaints;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            complaints = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<Complaint>().AsNoTracking().ToListAsync();
        }
        foreach (var complaint in complaints)
        {
            var casePage = $"/Complaints/Admin/Case/{complaint.Id}";
            await caseworker.SubmitAsync(casePage, new Dictionary<string, string> { ["text"] = "We bellen de bank morgen." }, $"{casePage}?handler=Reply");
        }
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var signals = Links.Href(await caseworker.GetStringAsync("/Complaints/Admin"), "a[href='/Complaints/Signals']")!;
        var staffFigures = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await caseworker.GetStringAsync(signals));
        var publicFigures = await app.CreateBrowser().GetStringAsync(signals);
        var moderator = await app.SignInAsStaffAsync(StaffRoles.SafetyModerator);
        var safetyFigures = await moderator.GetStringAsync(Links.Href(await moderator.GetStringAsync("/Safety/Admin"), "a[href='/Safety/Admin/Figures']")!);

        // The desk's own staff see how its texts fared; the public and the safety moderators do not.
        var row = Assert.Single(staffFigures.QuerySelectorAll("[data-testid=sms-figures] tbody tr"));
        Assert.Equal(["Er is een antwoord (klachtenloket)", "< 5", "< 5", "< 5", "< 5", "< 5"], row.Children.Select(c => c.TextContent.Trim()));
        Assert.DoesNotContain("sms-figures", publicFigures, StringComparison.Ordinal);
        Assert.Contains("Geen sms verstuurd in deze periode.", safetyFigures, StringComparison.Ordinal);
        Assert.Contains("Sms me op dit mobiele nummer als er een antwoord is", form, StringComparison.Ordinal);
        Assert.NotNull(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(form).QuerySelector("form input[type=checkbox][name='Input.TextMe'][value=true]:not([checked])"));
        Assert.Contains("Vul het mobiele nummer in waar de sms naartoe moet.", await noNumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, landline.StatusCode);
        Assert.Contains("Dit is geen mobiel nummer.", await landline.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, complaints.Count);
        Assert.Single(complaints, c => c.SmsKey is not null);
        var nudge = Assert.Single(await FakeSmsc.WaitForNumberAsync(texted));
        Assert.Empty(await FakeSmsc.WaitForNumberAsync(notAsked));
        Assert.Equal($"Er staat een nieuw bericht voor je klaar op http://localhost Geen sms meer? Antwoord STOP.", nudge.Text);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().CountAsync(m => m.Kind == Inclusief.Web.Infrastructure.Sms.Texter.OutboxKind));
    }
}
