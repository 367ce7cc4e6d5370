using Inclusief.Web.Infrastructure.Security;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// A content-free SMS to a number someone left for it: that something waits for them, linking only to the front page. Safe
/// to a number typed wrongly, so such numbers need no code: whoever holds the phone learns nothing, and replies STOP.
/// </summary>
public sealed class SmsNudge(Texter texter, SmsTemplate template, PublicAddress site, IOptions<SmsOptions> options)
{
    /// <summary>Also the neutral wording of a safety alert.</summary>
    public const string MessageWaitingText = "Er staat een nieuw bericht voor je klaar op {0}";

    /// <summary>Queues "a message waits for you" in the caller's unit of work; nothing when SMS is not configured or the number no longer parses.</summary>
    public void MessageWaiting(string? number, string culture, string purpose) => Send(number, culture, purpose, MessageWaitingText, site.Root);

    /// <summary>Queues <paramref name="text"/> (a localizer key) in the caller's unit of work, under the same conditions.</summary>
    public void Send(string? number, string culture, string purpose, string text, params object[] arguments)
    {
        if (options.Value.IsConfigured && MobileNumber.Parse(number) is { } mobile)
        {
            texter.Queue(template.Compose(mobile, culture, purpose, text, arguments));
        }
    }
}
