using Inclusief.Data;
using Inclusief.Web;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Jobs;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

/// <summary>An SMS goes through the outbox to the Kannel gateway that ./test.sh starts, and its fake SMSC receives it.</summary>
public sealed class SmsTests
{
    [Theory]
    [InlineData("Nieuwe waarschuwing in jouw regio, bekijk hem op de site")]
    [InlineData("Ново предупреждение")]
    public async Task A_queued_SMS_reaches_the_gateway_once_from_the_neutral_sender_and_leaves_no_copy_in_the_outbox(string words)
    {
        using var app = new KannelFactory();
        var text = $"{words} {Guid.NewGuid():N}"[..Math.Min(words.Length + 9, 160)];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Texter>().Queue(new SmsMessage("+31612345678", text, SmsPurpose.SafetyWarning));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var received = await FakeSmsc.WaitForAsync(text);

        Assert.Equal("Inclusief +31612345678", received.Single().Envelope);
        await using var check = app.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.Kind == Texter.OutboxKind).ToListAsync();
        Assert.All(rows, r => Assert.DoesNotContain("31612345678", r.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gateway_that_refuses_leaves_the_SMS_waiting_for_a_retry()
    {
        using var app = new KannelFactory(password: "wrong");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Texter>().Queue(new SmsMessage("+31612345679", $"Geweigerd {Guid.NewGuid():N}", SmsPurpose.SafetyWarning));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        await using var check = app.Services.CreateAsyncScope();
        var row = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == Texter.OutboxKind);
        Assert.Equal((null, 1), (row.ProcessedAt, row.Attempts));
    }

    [Theory]
    [InlineData("06 1234 5678", "+31612345678")]
    [InlineData("+31 (0)6-12345678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("+40 721 234 567", "+40721234567")]
    [InlineData("070 123 4567", null)]
    [InlineData("112", null)]
    [InlineData("06-bel-mij", null)]
    [InlineData("", null)]
    public void A_number_is_read_however_it_is_typed_and_only_a_mobile_one_takes_SMS(string typed, string? e164) =>
        Assert.Equal(e164, MobileNumber.Parse(typed)?.E164);

    [Fact]
    public void A_number_shows_only_its_country_and_last_two_digits() =>
        Assert.Equal("+31 •••••••78", MobileNumber.Parse("0612345678")!.Masked);

    [Fact]
    public async Task The_code_sent_by_SMS_adds_the_number_a_wrong_one_counts_and_a_used_one_stops_working()
    {
        using var app = new KannelFactory();
        var (number, owner) = await SendCodeAsync(app);
        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();
        var sms = Assert.Single(await FakeSmsc.WaitForNumberAsync(number.E164));
        var code = System.Text.RegularExpressions.Regex.Match(sms.Text, @"\b\d{6}\b").Value;

        async Task<string> CheckAsync(string typed)
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                var checkedNumber = await scope.ServiceProvider.GetRequiredService<NumberVerifications>().CheckAsync("test", owner, typed);
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
                return checkedNumber.E164;
            }
            catch (RuleException ex)
            {
                return string.Format(System.Globalization.CultureInfo.InvariantCulture, ex.Template, [.. ex.Arguments]);
            }
        }
        var wrong = await CheckAsync(code == "000000" ? "111111" : "000000");
        var right = await CheckAsync(code);
        var again = await CheckAsync(code);

        Assert.Equal($"Je code is {code}. Hij werkt 10 minuten. Geen sms meer? Antwoord STOP.", sms.Text);
        Assert.Equal("Deze code klopt niet. Je kunt het nog 4 keer proberen.", wrong);
        Assert.Equal(number.E164, right);
        Assert.Equal("Deze code werkt niet meer. Vraag een nieuwe aan.", again);
    }

    [Fact]
    public async Task Twenty_guesses_sent_at_once_get_five_tries_between_them()
    {
        using var app = new KannelFactory();
        var (number, owner) = await SendCodeAsync(app);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            try
            {
                // Never the code: it has six digits, these have seven.
                await scope.ServiceProvider.GetRequiredService<NumberVerifications>().CheckAsync("test", owner, $"{1_000_000 + i}");
                return "accepted";
            }
            catch (RuleException ex)
            {
                return ex.Template;
            }
        }));

        // Five tries between them, counted where they all meet; the rest were refused before any code was compared.
        Assert.All(answers, a => Assert.Contains(a, new[] { "Deze code klopt niet. Je kunt het nog {0} keer proberen.", NumberVerification.TooManyTries }));
        Assert.InRange(answers.Count(a => a == NumberVerification.TooManyTries), 15, 20);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Equal(NumberVerification.MaxAttempts, await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<NumberVerification>().Select(v => v.Attempts).SingleAsync());
    }

    private static async Task<(MobileNumber Number, string Owner)> SendCodeAsync(AppFactory app)
    {
        var number = MobileNumber.Parse($"+3161{Random.Shared.Next(1_000_000, 9_999_999)}")!;
        var owner = Guid.NewGuid().ToString("N");
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<NumberVerifications>().SendCodeAsync("test", owner, number, "nl");
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return (number, owner);
    }

    private sealed class KannelFactory(string password = FakeSmsc.GatewayPassword) : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => FakeSmsc.Settings(password);
    }
}
