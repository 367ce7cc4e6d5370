using System.Security.Cryptography;
using System.Text;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// How SMS leave the site: through a Kannel gateway's HTTP <c>sendsms</c> interface (<c>Sms:Kannel:*</c>). Without a
/// URL nothing is sent and no feature offers SMS.
/// </summary>
public sealed class SmsOptions
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
    /// The addresses Kannel calls the site from (comma-separated); the same machine by default. Behind nginx the client
    /// address is only known with <c>Proxy:KnownProxies</c> set, so the README also has nginx refuse <c>/Sms/</c> from outside.
    /// </summary>
    public string GatewayAddresses { get; set; } = "127.0.0.1, ::1";

    /// <summary>
    /// Whether a call claiming to come from the gateway does: from one of <see cref="GatewayAddresses"/>, carrying
    /// <see cref="InboundSecret"/> (compared in constant time). A stranger who learns the secret still cannot forge a STOP.
    /// </summary>
    public bool IsGateway(System.Net.IPAddress? caller, string? secret) =>
        caller is not null && FromGateway(caller.IsIPv4MappedToIPv6 ? caller.MapToIPv4() : caller)
        && !string.IsNullOrEmpty(InboundSecret) && secret is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(InboundSecret));

    private bool FromGateway(System.Net.IPAddress caller) =>
        GatewayAddresses.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Any(a => System.Net.IPAddress.TryParse(a, out var allowed) && allowed.Equals(caller));
}

public sealed class KannelOptions
{
    /// <summary>The smsbox's sendsms address, for example <c>http://127.0.0.1:13013</c>.</summary>
    public string? Url { get; set; }

    public string? User { get; set; }

    public string? Password { get; set; }
}
