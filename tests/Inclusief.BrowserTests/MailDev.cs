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
    public async Task<string> WaitForTextToAsync(string address, string? subject = null) =>
        (await WaitForMailToAsync(address, subject)).GetProperty("text").GetString() ?? "";

    /// <summary>Waits until a mail to this address (with this subject, if given) arrives; MailDev's JSON for it.</summary>
    public async Task<JsonElement> WaitForMailToAsync(string address, string? subject = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var mails = await _http.GetFromJsonAsync<JsonElement>("/api/email", timeout.Token);
            foreach (var mail in mails.EnumerateArray())
            {
                var to = mail.GetProperty("to").EnumerateArray().Select(t => t.GetProperty("address").GetString());
                if (to.Contains(address, StringComparer.OrdinalIgnoreCase) && (subject is null || mail.GetProperty("subject").GetString() == subject))
                {
                    return mail;
                }
            }
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>The raw message as it arrived, headers included (the JSON lists only a few headers).</summary>
    public Task<string> SourceAsync(JsonElement mail) => _http.GetStringAsync($"/api/email/{mail.GetProperty("id").GetString()}/source");

    public void Dispose() => _http.Dispose();
}
