using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Infrastructure.Security;

/// <summary>
/// The address this site is reached at (<c>Site:PublicUrl</c>), the only source of absolute links in mails
/// and on pages. A link built from the request's Host header would let anyone who posts a reset or sign-in
/// form with <c>Host: evil.example</c> receive the victim's token. In Development (and in tests) it defaults
/// to the address the server listens on; elsewhere the app does not start without it.
/// </summary>
public sealed class PublicAddress
{
    public const string Setting = "Site:PublicUrl";

    private readonly Lazy<string> _root;

    public PublicAddress(IConfiguration configuration, IHostEnvironment environment, IServer server)
    {
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _root = new Lazy<string>(Parse(configured));
        }
        else if (IsLocal(environment))
        {
            _root = new Lazy<string>(() => ListeningAddress(server));
        }
        else
        {
            throw new InvalidOperationException($"{Setting} is not set: mailed links need the site's public address, for example https://inclusief.example.nl.");
        }
    }

    /// <summary>Scheme, host, port and path base, without a trailing slash.</summary>
    public string Root => _root.Value;

    /// <summary>The absolute address of a page, for a mail or for a link shown to be shared.</summary>
    public string Page(IUrlHelper url, string pageName, string? handler = null, object? values = null) =>
        Root + (url.Page(pageName, handler, values) ?? throw new InvalidOperationException($"No page {pageName}."));

    public static bool IsLocal(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    /// <summary>
    /// Outside Development, requests for another host than the public one are refused (400) unless
    /// <c>AllowedHosts</c> says otherwise.
    /// </summary>
    public static void RestrictHosts(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Setting];
        if (!IsLocal(environment) && string.IsNullOrWhiteSpace(configuration["AllowedHosts"]) && !string.IsNullOrWhiteSpace(configured))
        {
            var host = new Uri(Parse(configured)).Host;
            services.Configure<HostFilteringOptions>(o => o.AllowedHosts = [host]);
        }
    }

    private static string Parse(string configured) =>
        Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query)
            ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : throw new InvalidOperationException($"{Setting} must be an absolute http(s) address such as https://inclusief.example.nl, not '{configured}'.");

    private static string ListeningAddress(IServer server)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return "http://localhost";
        }
        return address.Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
