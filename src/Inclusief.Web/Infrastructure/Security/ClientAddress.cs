using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// Who is asking, for rate limits only (kept in memory, never written anywhere). Behind a reverse proxy the
/// client comes from X-Forwarded-For, but only when the request arrives from a proxy named in
/// <c>Proxy:KnownProxies</c>; anyone else's header is ignored. IPv6 clients are grouped per /64, the block one
/// household or phone gets, so changing the last 64 bits does not buy a fresh allowance.
/// </summary>
public static class ClientAddress
{
    public static string PartitionOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        address = Plain(address);
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }

    public static IServiceCollection AddClientAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Nothing is trusted by default (ASP.NET Core would trust loopback): only the configured proxies.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in KnownProxies(configuration))
            {
                options.KnownProxies.Add(proxy);
            }
            options.ForwardLimit = 1;
        });
        return services;
    }

    public static IApplicationBuilder UseClientAddress(this IApplicationBuilder app, IConfiguration configuration) =>
        KnownProxies(configuration).Count > 0 ? app.UseForwardedHeaders() : app;

    private static List<IPAddress> KnownProxies(IConfiguration configuration) => ListOf(configuration["Proxy:KnownProxies"], "Proxy:KnownProxies");

    /// <summary>
    /// A setting's addresses (separated by commas, semicolons or spaces), an IPv4 address written as IPv6 read as IPv4;
    /// anything else is refused at once, so a typo cannot quietly shut a door or leave one open.
    /// </summary>
    public static List<IPAddress> ListOf(string? setting, string name) =>
        (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => IPAddress.TryParse(p, out var ip) ? Plain(ip) : throw new InvalidOperationException($"{name} holds '{p}', which is not an IP address."))
            .ToList();

    /// <summary>An IPv4 address that arrived as IPv6 (<c>::ffff:a.b.c.d</c>) as the IPv4 address it is.</summary>
    public static IPAddress Plain(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
