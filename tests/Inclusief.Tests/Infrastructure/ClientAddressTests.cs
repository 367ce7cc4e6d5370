using System.Net;
using System.Net.Sockets;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

public sealed class ClientAddressTests
{
    [Theory]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::ffff:198.51.100.7", "198.51.100.7")]
    [InlineData("198.51.100.7", "198.51.100.7")]
    public void IPv6_clients_share_a_partition_per_64_and_IPv4_clients_have_their_own(string address, string partition) =>
        Assert.Equal(partition, ClientAddress.PartitionOf(IPAddress.Parse(address)));
}

/// <summary>
/// The rate limit on real connections from two loopback addresses (127.0.0.1 is the known proxy, 127.0.0.2 a
/// stranger), so the address the app sees is the one the socket came from, not a header the test wrote.
/// </summary>
public sealed class ForwardedClientTests : IDisposable
{
    private readonly KestrelApp _app = new();

    private sealed class KestrelApp : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new()
        {
            ["RateLimits:SubmissionsPerMinute"] = "2",
            ["Proxy:KnownProxies"] = "127.0.0.1",
        };

        public Uri Start()
        {
            UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            StartServer();
            return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }
    }

    public void Dispose() => _app.Dispose();

    private static HttpClient From(string source, Uri server) => new(new SocketsHttpHandler
    {
        UseCookies = true,
        AllowAutoRedirect = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
            await socket.ConnectAsync(context.DnsEndPoint.Host == "localhost" ? new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port) : new DnsEndPoint(context.DnsEndPoint.Host, context.DnsEndPoint.Port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    }) { BaseAddress = server };

    private static async Task<HttpStatusCode> SignInAttemptAsync(HttpClient client, string? forwardedFor)
    {
        var page = await client.GetStringAsync("/Accounts/SignIn");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Accounts/SignIn")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.UserName"] = "raad", ["Input.Password"] = "gok", ["__RequestVerificationToken"] = Forms.Token(page)!,
            }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Behind_the_known_proxy_each_forwarded_client_has_its_own_limit_and_a_stranger_cannot_spoof_one()
    {
        var server = _app.Start();
        var proxy = From("127.0.0.1", server);
        var stranger = From("127.0.0.2", server);

        var first = new[] { await SignInAttemptAsync(proxy, "198.51.100.7"), await SignInAttemptAsync(proxy, "198.51.100.7"), await SignInAttemptAsync(proxy, "198.51.100.7") };
        var second = await SignInAttemptAsync(proxy, "198.51.100.8");
        var spoofed = new[] { await SignInAttemptAsync(stranger, "203.0.113.1"), await SignInAttemptAsync(stranger, "203.0.113.2"), await SignInAttemptAsync(stranger, "203.0.113.3") };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], spoofed);
    }
}

/// <summary>Receipt codes have a limit of their own, applied before the slow hash of each try.</summary>
public sealed class ReceiptLimitTests : IDisposable
{
    private readonly Factory _app = new();

    private sealed class Factory : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new() { ["RateLimits:ReceiptCodesPerMinute"] = "2" };
    }

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("/Complaints/FollowUp")]
    [InlineData("/Safety/FollowUp")]
    public async Task Guessing_receipt_codes_is_stopped_after_a_few_tries_a_minute(string page)
    {
        var browser = _app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await browser.SubmitAsync(page, new Dictionary<string, string> { ["Code"] = $"1234 5678 9012 345{i}" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
