using System.Net.Http.Json;
using System.Text.Json;
using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Email;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

public sealed class EmailTests
{
    [Fact]
    public void A_mail_for_an_English_recipient_is_written_in_English_as_text_and_HTML()
    {
        using var app = new AppFactory();
        var template = app.Services.GetRequiredService<MailTemplate>();

        var mail = template.Compose("a@example.org", "en", "Bevestig je e-mailadres", ["Heb je dit niet zelf gedaan? Dan kun je deze mail negeren."], ("E-mailadres bevestigen", "https://x.example/c?t=<1>"));

        Assert.Equal("Confirm your email address", mail.Subject);
        Assert.Contains("you can ignore this email", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://x.example/c?t=<1>", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://x.example/c?t=&lt;1&gt;\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_SMTP_a_queued_mail_lands_as_an_eml_file_in_the_pickup_folder()
    {
        using var app = new AppFactory();
        await QueueAsync(app, "pickup@example.org", "Pickup test");

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        var mail = Assert.Single(app.Mails());
        Assert.Equal("Pickup test", mail.Subject);
        Assert.Equal("pickup@example.org", mail.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task With_SMTP_configured_a_queued_mail_is_delivered_to_the_SMTP_server()
    {
        var smtpPort = Environment.GetEnvironmentVariable("MAILDEV_SMTP_PORT");
        var webPort = Environment.GetEnvironmentVariable("MAILDEV_WEB_PORT");
        Assert.False(string.IsNullOrEmpty(smtpPort) || string.IsNullOrEmpty(webPort), "MailDev is not running: run the tests with ./test.sh, which starts it.");
        using var app = new SmtpFactory(smtpPort!);
        var subject = $"SMTP test {Guid.NewGuid():N}";
        await QueueAsync(app, "smtp@example.org", subject);

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
        var mails = await http.GetFromJsonAsync<JsonElement>("/api/email");
        Assert.Contains(mails.EnumerateArray(), m => m.GetProperty("subject").GetString() == subject);
    }

    private static async Task QueueAsync(AppFactory app, string to, string subject)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Mailer>().Queue(new MailMessage(to, subject, "Tekst", "<p>Tekst</p>"));
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    private sealed class SmtpFactory(string port) : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => new()
        {
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port,
            ["Email:Smtp:Security"] = "None",
        };
    }
}
