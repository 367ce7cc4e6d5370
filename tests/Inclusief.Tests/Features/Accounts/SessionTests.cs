using System.Net;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Inclusief.Tests.Features.Accounts;

/// <summary>Signing out, the staff idle timeout and two-factor sessions that survive the security-stamp refresh.</summary>
public sealed class SessionTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        // Real time, because authenticator codes are computed from it; the test moves it forward.
        public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

        // Every request re-validates the security stamp, as a request after the five-minute interval does.
        protected override Dictionary<string, string?> ExtraSettings => new() { ["Accounts:SecurityStampValidationInterval"] = "00:00:00" };

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Signing_out_from_the_menu_ends_the_session_clears_site_data_and_says_so()
    {
        var browser = await _app.SignInAsync(await _app.CreateAsync());

        var signOut = await browser.SubmitAsync("/Accounts", new Dictionary<string, string>(), "/Accounts/SignOut");
        var landing = await browser.GetAsync(signOut.Headers.Location);
        var account = await browser.GetAsync("/Accounts");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("\"cookies\", \"storage\"", string.Join(", ", signOut.Headers.GetValues("Clear-Site-Data")));
        Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
        Assert.Contains("Je bent afgemeld.", await landing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        Assert.StartsWith("/Accounts/SignIn", account.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_to_a_page_without_that_handler_gets_405_not_an_error()
    {
        var browser = await _app.SignInAsync(await _app.CreateAsync());

        var response = await browser.ForgeAsync("/Accounts/TwoFactor", new Dictionary<string, string>(), "/Accounts/TwoFactor");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Deze actie is op deze pagina niet mogelijk.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_who_sets_up_two_factor_keeps_staff_access_after_the_security_stamp_refresh()
    {
        var browser = await _app.SignInAsync(await _app.CreateAsync(StaffRoles.Admin));
        var setup = await browser.GetStringAsync("/Accounts/TwoFactor");
        await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Code"] = People.TotpCode(People.SharedKeyOnPage(setup)) }, "/Accounts/TwoFactor?handler=Enable");

        _app.Clock.Advance(TimeSpan.FromMinutes(6));
        var first = await browser.GetAsync("/Admin/Users");
        _app.Clock.Advance(TimeSpan.FromMinutes(6));
        var second = await browser.GetAsync("/Admin/Users");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task A_staff_session_ends_after_thirty_idle_minutes_but_not_while_in_use()
    {
        var browser = await _app.SignInAsStaffAsync(StaffRoles.Coordinator);
        var participant = await _app.SignInAsync(await _app.CreateAsync());

        var busy = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            _app.Clock.Advance(TimeSpan.FromMinutes(20));
            busy.Add((await browser.GetAsync("/Participation/Admin")).StatusCode);
        }
        _app.Clock.Advance(TimeSpan.FromMinutes(31));
        var idle = await browser.GetAsync("/Participation/Admin");
        var participantAfterAnHour = await participant.GetAsync("/Accounts");

        Assert.All(busy, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.StartsWith("/Accounts/SignIn", idle.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, participantAfterAnHour.StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_again()
    {
        var browser = await _app.SignInAsync(await _app.CreateAsync(withTwoFactor: true));

        var without = await (await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Confirmation"] = "niet mijn wachtwoord" }, "/Accounts/TwoFactor?handler=RecoveryCodes")).Content.ReadAsStringAsync();
        var with = await (await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Confirmation"] = People.Password }, "/Accounts/TwoFactor?handler=RecoveryCodes")).Content.ReadAsStringAsync();

        Assert.Contains("Dit wachtwoord klopt niet.", without, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"recovery-codes\"", without, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"recovery-codes\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_two_factor_off_needs_the_password_again()
    {
        var browser = await _app.SignInAsync(await _app.CreateAsync(withTwoFactor: true));

        await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Confirmation"] = "" }, "/Accounts/TwoFactor?handler=Disable");
        var stillOn = await browser.GetStringAsync("/Accounts/TwoFactor");
        await browser.SubmitAsync("/Accounts/TwoFactor", new Dictionary<string, string> { ["Confirmation"] = People.Password }, "/Accounts/TwoFactor?handler=Disable");
        var off = await browser.GetStringAsync("/Accounts/TwoFactor");

        Assert.Contains("Tweestapsverificatie staat aan.", stillOn, StringComparison.Ordinal);
        Assert.DoesNotContain("Tweestapsverificatie staat aan.", off, StringComparison.Ordinal);
    }
}
