using System.Net;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;

namespace Inclusief.Tests.Features.Admin;

[Collection(SharedApp.Name)]
public sealed class StaffAccessTests(AppFactory app)
{
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowser().GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/SignIn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_cannot_open_admin_pages()
    {
        var browser = await app.SignInAsync(await app.CreateAsync());

        var html = await browser.FollowAsync(await browser.GetAsync("/Admin/Users"));

        Assert.Contains("Je hebt geen toegang tot deze pagina.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_without_two_factor_is_asked_to_set_it_up_before_any_admin_page_opens()
    {
        var browser = await app.SignInAsync(await app.CreateAsync(StaffRoles.Admin));

        var html = await browser.FollowAsync(await browser.GetAsync("/Admin/Users"));

        Assert.Contains("moet je eerst tweestapsverificatie instellen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>Gebruikers</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_who_sets_up_two_factor_with_the_QR_key_can_open_admin_pages_at_once()
    {
        var browser = await app.SignInAsync(await app.CreateAsync(StaffRoles.Admin));
        var setup = await browser.GetStringAsync("/Accounts/TwoFactor");
        Assert.Contains("data:image/png;base64,", setup, StringComparison.Ordinal);

        var enabled = await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Code"] = People.TotpCode(People.SharedKeyOnPage(setup)) }, "/Accounts/TwoFactor?handler=Enable");
        var admin = await browser.GetAsync("/Admin/Users");

        Assert.Contains("Bewaar je herstelcodes", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("<h1>Gebruikers</h1>", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_menu_shows_a_staff_link_only_when_its_page_would_open()
    {
        var withoutSecondFactor = await app.SignInAsync(await app.CreateAsync(StaffRoles.Coordinator));
        var coordinator = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var before = await withoutSecondFactor.GetStringAsync("/");
        var after = await coordinator.GetStringAsync("/");

        Assert.DoesNotContain("href=\"/Participation/Admin\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Knowledge/Admin\"", before, StringComparison.Ordinal);
        Assert.Contains("href=\"/Participation/Admin\">Coördinatie</a>", after, StringComparison.Ordinal);
        Assert.Contains("href=\"/Knowledge/Admin\">Redactie kennisbank</a>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Safety/Admin\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Participation/Admin")).StatusCode);
    }

    [Fact]
    public async Task A_coordinator_with_two_factor_still_cannot_open_admin_pages()
    {
        var browser = await app.SignInAsStaffAsync(StaffRoles.Coordinator);

        var response = await browser.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Accounts/AccessDenied", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_switch_two_factor_off()
    {
        var user = await app.CreateAsync(StaffRoles.Caseworker, withTwoFactor: true);
        var browser = await app.SignInAsync(user);

        var page = await browser.GetStringAsync("/Accounts/TwoFactor");
        await browser.ForgeAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Confirmation"] = People.Password }, "/Accounts/TwoFactor?handler=Disable");

        Assert.DoesNotContain("handler=Disable", page, StringComparison.Ordinal);
        Assert.Contains("Tweestapsverificatie staat aan.", await browser.GetStringAsync("/Accounts/TwoFactor"), StringComparison.Ordinal);
    }
}
