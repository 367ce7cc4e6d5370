using System.Net;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Features.Accounts;

public sealed class RateLimitTests : IClassFixture<RateLimitTests.Factory>
{
    private readonly Factory _app;

    public RateLimitTests(Factory app) => _app = app;

    public sealed class Factory : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new() { ["RateLimits:SubmissionsPerMinute"] = "3" };
    }

    [Fact]
    public async Task Rapid_sign_in_attempts_are_slowed_down_with_a_friendly_page()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await _app.CreateBrowser().SubmitAsync("/Accounts/SignIn", new Dictionary<string, string> { ["Input.UserName"] = "raad", ["Input.Password"] = "gok " + i })).StatusCode);
        }
        var limited = await _app.CreateBrowser().SubmitAsync("/Accounts/SignIn", new Dictionary<string, string> { ["Input.UserName"] = "raad", ["Input.Password"] = "gok" });

        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("te veel pogingen", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
