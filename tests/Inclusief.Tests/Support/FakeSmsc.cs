using System.Text.RegularExpressions;

namespace Inclusief.Tests.Support;

/// <summary>
/// What Kannel's fake SMSC (started by ./test.sh) received: it logs each message as
/// <c>Got message N: &lt;from to text ...&gt;</c>.
/// </summary>
public static partial class FakeSmsc
{
    public sealed record Received(string Envelope, string Text);

    public static string SendSmsUrl => Environment.GetEnvironmentVariable("KANNEL_SENDSMS_URL") is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException("Kannel is not running: run the tests with ./test.sh, which starts it.");

    /// <summary>Where a test sends a text as if someone sent it to us (Kannel's HTTP SMSC): it reaches the site on <see cref="InboundPort"/>.</summary>
    public static string MoUrl => Environment.GetEnvironmentVariable("KANNEL_MO_URL") is { Length: > 0 } url
        ? url
        : throw new InvalidOperationException("Kannel is not running: run the tests with ./test.sh, which starts it.");

    public static int InboundPort => int.Parse(Environment.GetEnvironmentVariable("KANNEL_INBOUND_PORT") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What test.sh gives Kannel to call the site with.</summary>
    public const string InboundSecret = "kannel-inbound-test-secret";

    public const string GatewayPassword = "kannel-test-password";

    /// <summary>The site's settings for the gateway test.sh started; <paramref name="password"/> other than its own makes Kannel refuse.</summary>
    public static Dictionary<string, string?> Settings(string password = GatewayPassword) => new()
    {
        ["Sms:Kannel:Url"] = SendSmsUrl,
        ["Sms:Kannel:User"] = "inclusief",
        ["Sms:Kannel:Password"] = password,
    };

    private static string LogFile => Environment.GetEnvironmentVariable("KANNEL_FAKESMSC_LOG") is { Length: > 0 } log
        ? log
        : throw new InvalidOperationException("Kannel is not running: run the tests with ./test.sh, which starts it.");

    /// <summary>Every message received whose text contains <paramref name="marker"/>, waiting up to ten seconds for the first.</summary>
    public static Task<IReadOnlyList<Received>> WaitForAsync(string marker) => WaitForAsync(r => r.Text.Contains(marker, StringComparison.Ordinal));

    /// <summary>Every message received to <paramref name="e164"/>, waiting up to ten seconds for the first.</summary>
    public static Task<IReadOnlyList<Received>> WaitForNumberAsync(string e164) => WaitForAsync(r => r.Envelope.EndsWith($" {e164}", StringComparison.Ordinal));

    private static async Task<IReadOnlyList<Received>> WaitForAsync(Func<Received, bool> wanted)
    {
        for (var i = 0; i < 100; i++)
        {
            if (ReadAll().Any(wanted))
            {
                // A duplicate would arrive right behind the first.
                await Task.Delay(500);
                return [.. ReadAll().Where(wanted)];
            }
            await Task.Delay(100);
        }
        return [];
    }

    private static List<Received> ReadAll()
    {
        using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return [.. Line().Matches(reader.ReadToEnd()).Select(m => new Received($"{m.Groups["from"].Value} {m.Groups["to"].Value}", Text(m.Groups["type"].Value, m.Groups["text"].Value)))];
    }

    /// <summary>A 7-bit text is printed as it is; a UCS-2 one as its URL-encoded big-endian bytes.</summary>
    private static string Text(string type, string printed) => type == "ucs-2"
        ? System.Text.Encoding.BigEndianUnicode.GetString(System.Web.HttpUtility.UrlDecodeToBytes(printed, System.Text.Encoding.Latin1))
        : printed;

    [GeneratedRegex(@"Got message \d+: <(?<from>\S+) (?<to>\S+) (?<type>text|ucs-2) (?<text>.*)>$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
