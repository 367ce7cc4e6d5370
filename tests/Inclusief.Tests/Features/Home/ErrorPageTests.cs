using System.Net;
using System.Net.Http.Headers;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Features.Home;

[Collection(SharedApp.Name)]
public sealed class ErrorPageTests(AppFactory app)
{
    [Fact]
    public async Task A_missing_page_gives_a_friendly_404_in_Dutch()
    {
        var response = await app.CreateBrowser().GetAsync("/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina niet gevonden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_page_is_explained_in_English_to_an_English_visitor()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/does-not-exist");
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_gives_a_friendly_400()
    {
        var response = await app.CreateBrowser().PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.UserName"] = "x", ["Input.Password"] = "y" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dit verzoek konden we niet verwerken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tampered_antiforgery_token_gives_a_friendly_400()
    {
        var browser = app.CreateBrowser();
        await browser.GetAsync("/Accounts/SignIn");

        var response = await browser.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "CfDJ8-tampered", ["Input.UserName"] = "x", ["Input.Password"] = "y" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_too_many_fields_gives_a_4xx_page_not_a_crash()
    {
        var browser = app.CreateBrowser();
        var fields = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"f{i}", "x")).ToList();

        var response = await browser.PostAsync("/Accounts/SignIn", new FormUrlEncodedContent(fields));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.DoesNotContain("InvalidDataException", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_multipart_body_gives_a_4xx_page_not_a_crash()
    {
        var content = new StringContent("--nope\r\ngarbage", System.Text.Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=nope");

        var response = await app.CreateBrowser().PostAsync("/Accounts/SignIn", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task A_tampered_sign_in_cookie_is_treated_as_signed_out()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/Accounts");
        request.Headers.Add("Cookie", "inclusief.auth=CfDJ8garbage");

        var response = await app.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Accounts/SignIn", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Directly_opening_the_error_page_shows_it_without_technical_detail()
    {
        var response = await app.CreateBrowser().GetAsync("/Error/500");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Er ging iets mis aan onze kant", html, StringComparison.Ordinal);
        Assert.DoesNotContain("at Inclusief", html, StringComparison.Ordinal);
    }
}
