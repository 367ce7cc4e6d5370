using Inclusief.Data;
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
            scope.ServiceProvider.GetRequiredService<Texter>().Queue(new SmsMessage("+31612345678", text));
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
            scope.ServiceProvider.GetRequiredService<Texter>().Queue(new SmsMessage("+31612345679", $"Geweigerd {Guid.NewGuid():N}"));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        await app.Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync();

        await using var check = app.Services.CreateAsyncScope();
        var row = await check.ServiceProvider.GetRequiredService<AppDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Kind == Texter.OutboxKind);
        Assert.Equal((null, 1), (row.ProcessedAt, row.Attempts));
    }

    private sealed class KannelFactory(string password = KannelFactory.Password) : AppFactory
    {
        private const string Password = "kannel-test-password";

        protected override Dictionary<string, string?> ExtraSettings => new()
        {
            ["Sms:Kannel:Url"] = FakeSmsc.SendSmsUrl,
            ["Sms:Kannel:User"] = "inclusief",
            ["Sms:Kannel:Password"] = password,
        };
    }
}
