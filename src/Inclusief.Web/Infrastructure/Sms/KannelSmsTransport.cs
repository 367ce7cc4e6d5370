using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// Kannel's <c>sendsms</c>: one GET per message, answered "0: Accepted for delivery" or "3: Queued for later delivery"
/// when taken. The text goes as UTF-8 and Kannel codes it for the phone.
/// </summary>
public sealed class KannelSmsTransport(HttpClient http, IOptions<SmsOptions> options) : ISmsTransport
{
    public async Task SendAsync(SmsMessage message, Guid delivery, CancellationToken cancellationToken)
    {
        var sms = options.Value;
        var query = new Dictionary<string, string?>
        {
            ["username"] = sms.Kannel.User,
            ["password"] = sms.Kannel.Password,
            ["from"] = sms.Sender,
            ["to"] = message.To,
            ["text"] = message.Text,
            ["charset"] = "UTF-8",
            // The GSM alphabet fits 160 characters in one SMS; anything else (Bulgarian, an emoji) goes as UCS-2, 70 per SMS.
            ["coding"] = GsmAlphabet.Fits(message.Text) ? "0" : "2",
        };
        if (SmsDeliveryReports.UrlFor(sms, delivery) is { } report)
        {
            // Delivered (1), failed on the phone (2), taken by the carrier (8) or refused by it (16); Kannel fills in %d.
            query["dlr-mask"] = "27";
            query["dlr-url"] = report;
        }
        var url = Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString($"{sms.Kannel.Url!.TrimEnd('/')}/cgi-bin/sendsms", query);
        using var response = await http.GetAsync(url, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode || !(answer.StartsWith("0:", StringComparison.Ordinal) || answer.StartsWith("3:", StringComparison.Ordinal)))
        {
            // Kannel's answer never holds the number or the text; the outbox logs it with the row's id only.
            throw new HttpRequestException($"Kannel did not take SMS {delivery}: {(int)response.StatusCode} {answer.Trim()}");
        }
    }
}
