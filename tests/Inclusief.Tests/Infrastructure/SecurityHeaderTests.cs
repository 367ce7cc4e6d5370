using System.Text.RegularExpressions;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Infrastructure;

[Collection(SharedApp.Name)]
public sealed partial class SecurityHeaderTests(AppFactory app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Accounts/SignIn")]
    [InlineData("/bestaat-niet")]
    public async Task Every_response_forbids_framing_inline_scripts_and_referrers(string url)
    {
        var response = await app.CreateBrowser().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_host_and_have_no_inline_script_or_style()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Accounts/Register");

        Assert.DoesNotMatch(ExternalAsset(), html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_carries_an_antiforgery_token()
    {
        var html = await app.CreateBrowser().GetStringAsync("/Accounts/Register");

        var forms = Regex.Count(html, "<form[^>]*method=\"post\"", RegexOptions.IgnoreCase);
        var tokens = Regex.Count(html, "__RequestVerificationToken");
        Assert.True(forms > 0);
        Assert.Equal(forms, tokens);
    }

    [GeneratedRegex("(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
