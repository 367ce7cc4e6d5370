using System.Net;
using Inclusief.Tests.Support;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// Instances of one site started together on one PostgreSQL (a deployment restarts them all at once): they migrate
/// and seed one after another, and a sign-in and a form token from one are valid on the other, as when a proxy sends
/// a visitor's next request elsewhere. SQLite is one instance by design.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly AppFactory _first = new();

    /// <summary>One visitor's cookies, whichever instance answers.</summary>
    private sealed class Visitor(CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (jar.GetCookieHeader(request.RequestUri!) is { Length: > 0 } cookies)
            {
                request.Headers.Add("Cookie", cookies);
            }
            var response = await base.SendAsync(request, cancellationToken);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [])
            {
                jar.SetCookies(request.RequestUri!, cookie);
            }
            return response;
        }
    }

    [Fact]
    [Trait(TestDatabase.Topology, TestDatabase.SeveralInstances)]
    public async Task Two_instances_starting_at_once_both_start_and_share_sign_ins_and_form_tokens()
    {
        Assert.True(TestDatabase.IsPostgres, TestDatabase.SeveralInstancesNeedPostgres);
        using var second = new SecondInstance(_first);
        var jar = new CookieContainer();

        var started = await Task.WhenAll(Task.Run(() => _first.CreateDefaultClient(new Visitor(jar))), Task.Run(() => second.CreateDefaultClient(new Visitor(jar))));
        var (onFirst, onSecond) = (started[0], started[1]);
        var member = await _first.CreateAsync();
        // The form (and its token) comes from the first instance; the post goes to the second.
        var signIn = await onSecond.FormIn(await onFirst.GetStringAsync("/Accounts/SignIn"), "/Accounts/SignIn")
            .SubmitAsync(new Dictionary<string, string> { ["Input.UserName"] = member.UserName!, ["Input.Password"] = People.Password });
        // The sign-in the second instance made opens a member's page on the first.
        var myData = await onFirst.GetAsync("/Accounts/MyData");

        Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, myData.StatusCode);
    }

    public void Dispose() => _first.Dispose();
}
