using System.Security.Cryptography;
using System.Text;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// How SMS leave the site: through a Kannel gateway's HTTP <c>sendsms</c> interface (<c>Sms:Kannel:*</c>). Without a
/// URL nothing is sent and no feature offers SMS.
/// </summary>
public sealed partial class SmsOptions
{
    /// <summary>The neutral name the phone shows as sender: it must not tell whoever holds the phone what the message is about.</summary>
    public string Sender { get; set; } = "Inclusief";

    /// <summary>
    /// The number that takes replies (the provider's inbound number), needed when <see cref="Sender"/> is a name: a phone
    /// cannot answer a name, so every text then says to send STOP to this number.
    /// </summary>
    public string? ReplyNumber { get; set; }

    /// <summary>The most messages an instance hands to the gateway per second (the provider's SMPP account has its own limit).</summary>
    public int RatePerSecond { get; set; } = 10;

    /// <summary>Shared with Kannel: its calls to the site (a reply such as STOP, a delivery report) carry it.</summary>
    public string? InboundSecret { get; set; }

    /// <summary>
    /// The site's address as the gateway reaches it (for example <c>http://127.0.0.1:5000</c> behind the proxy), for delivery
    /// reports. Without it messages are sent without asking for reports.
    /// </summary>
    public string? CallbackUrl { get; set; }

    public KannelOptions Kannel { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Kannel.Url);

    /// <summary>
    /// The addresses Kannel calls the site from (comma-separated; a wrong entry stops the site from starting); this machine
    /// by default.
    /// </summary>
    public string GatewayAddresses { get; set; } = "127.0.0.1, ::1";

    /// <summary>
    /// Whether a call claiming to come from the gateway does: straight from one of <see cref="GatewayAddresses"/>, not
    /// through the proxy (behind nginx on the same machine every visitor would otherwise come from 127.0.0.1), carrying
    /// <see cref="InboundSecret"/> (compared in constant time). A stranger who learns the secret still cannot forge a STOP.
    /// </summary>
    public bool IsGatewayCall(HttpContext call, string? secret, ILogger logger)
    {
        if (string.IsNullOrEmpty(InboundSecret) || secret is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(InboundSecret)))
        {
            return false;
        }
        if (FromGateway(call))
        {
            return true;
        }
        // Either the secret leaked or Kannel calls from an address nobody listed: a STOP lost that way must not go unnoticed.
        RefusedElsewhere(logger);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A call with the gateway's secret came through the proxy or from an address not in Sms:GatewayAddresses; refused.")]
    private static partial void RefusedElsewhere(ILogger logger);

    private bool FromGateway(HttpContext call) =>
        call.Connection.RemoteIpAddress is { } caller
        && !call.Request.Headers.ContainsKey("X-Forwarded-For") && !call.Request.Headers.ContainsKey("X-Original-For")
        && Gateways().Contains(Security.ClientAddress.Plain(caller));

    /// <summary>
    /// <see cref="GatewayAddresses"/> read once, after binding (a method, so the configuration binder never reads it before);
    /// a wrong entry throws, naming the setting.
    /// </summary>
    public IReadOnlyList<System.Net.IPAddress> Gateways() => _gateways ??= Security.ClientAddress.ListOf(GatewayAddresses, "Sms:GatewayAddresses");

    private List<System.Net.IPAddress>? _gateways;
}

public sealed class KannelOptions
{
    /// <summary>The smsbox's sendsms address, for example <c>http://127.0.0.1:13013</c>.</summary>
    public string? Url { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }
}
