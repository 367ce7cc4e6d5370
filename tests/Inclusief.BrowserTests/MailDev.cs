using System.Net.Http.Json;
using System.Text.Json;

namespace Inclusief.BrowserTests;

/// <summary>Reads what arrived at the MailDev SMTP catcher that test.sh starts.</summary>
public sealed class MailDev(string smtpPort, string webPort) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };

    public string SmtpPort { get; } = smtpPort;

    public static MailDev FromEnvironment()
    {
        var smtp = Environment.GetEnvironmentVariable("MAILDEV_SMTP_PORT");
        var web = Environment.GetEnvironmentVariable("MAILDEV_WEB_PORT");
        if (string.IsNullOrEmpty(smtp) || string.IsNullOrEmpty(web))
        {
            throw new InvalidOperationException("MailDev is not running: run the browser tests with ./test.sh, which starts it.");
        }
        return new MailDev(smtp, web);
    }

    /// <summary>Waits until a mail to this address arrives and returns its plain-text body.</summary>
    public async Task<string> WaitForTextToAsync(string address)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var mails = await _http.GetFromJsonAsync<JsonElement>("/api/email", timeout.Token);
            foreach (var mail in mails.EnumerateArray())
            {
                var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString());
                if (to.Contains(address, StringComparer.OrdinalIgnoreCase))
                {
                    return mail.GetProperty("text").GetString() ?? "";
                }
            }
            await Task.Delay(100, timeout.Token);
        }
    }

    public void Dispose() => _http.Dispose();
}
