using System.Text.Json;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// Where the gateway reports what became of an SMS (Kannel's <c>dlr-url</c>, with the shared secret and the delivery's random
/// reference). Delivered settles it; a failure queues the next attempt after a wait, up to <see cref="SmsDelivery.MaxAttempts"/>.
/// Every step changes the row only from a state that allows it, so a report that comes twice, or late, changes nothing.
/// </summary>
public static class SmsDeliveryReports
{
    public const string Path = "/Sms/Delivery";

    public static void MapSmsDeliveryReports(this IEndpointRouteBuilder app) => app.MapGet(Path, ReceiveAsync).AllowAnonymous();

    /// <summary>The report address for one delivery, with Kannel's placeholder for the report's type; null when no callback address is set.</summary>
    public static string? UrlFor(SmsOptions options, Guid delivery) =>
        string.IsNullOrWhiteSpace(options.CallbackUrl) || string.IsNullOrEmpty(options.InboundSecret)
            ? null
            // %d is left as it is for Kannel to fill in; QueryHelpers would escape it.
            : QueryHelpers.AddQueryString($"{options.CallbackUrl.TrimEnd('/')}{Path}",
                new Dictionary<string, string?> { ["secret"] = options.InboundSecret, ["ref"] = delivery.ToString("N") }) + "&type=%d";

    // Strings, read here: a parameter bound by the framework would answer 400 before the secret is checked.
    private static async Task<IResult> ReceiveAsync(HttpContext http, string? secret, string? @ref, string? type, IOptions<SmsOptions> options, ILogger<SmsOptions> logger, AppDbContext db,
        FieldCipher cipher, Texter texter, TimeProvider clock)
    {
        if (!options.Value.IsGatewayCall(http, secret, logger))
        {
            return Results.NotFound();
        }
        if (!Guid.TryParse(@ref, out var id) || !int.TryParse(type, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kind))
        {
            return Results.BadRequest();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var unsettled = SmsDelivery.Unsettled;
        var deliveries = db.Set<SmsDelivery>().Where(d => d.Id == id && unsettled.Contains(d.State));
        if ((kind & 1) != 0)
        {
            await deliveries.ExecuteUpdateAsync(s => s.SetProperty(d => d.State, SmsDeliveryState.Delivered).SetProperty(d => d.ReportedAt, now).SetProperty(d => d.SealedCopy, ""));
        }
        else if ((kind & (2 | 16)) != 0)
        {
            await FailAsync(db, deliveries, cipher, texter, now);
        }
        else if ((kind & (4 | 8)) != 0)
        {
            await deliveries.Where(d => d.State != SmsDeliveryState.AtCarrier)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, SmsDeliveryState.AtCarrier).SetProperty(d => d.ReportedAt, now));
        }
        return Results.Text("");
    }

    private static async Task FailAsync(AppDbContext db, IQueryable<SmsDelivery> deliveries, FieldCipher cipher, Texter texter, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await deliveries.AsNoTracking().SingleOrDefaultAsync() is not { } delivery)
        {
            return;
        }
        // A code works ten minutes: a resend after the wait would bring a dead one.
        var last = delivery.Attempt >= SmsDelivery.MaxAttempts || delivery.SealedCopy.Length == 0 || delivery.Purpose == SmsPurpose.Code;
        var settled = await deliveries.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, last ? SmsDeliveryState.Failed : SmsDeliveryState.Retried)
            .SetProperty(d => d.ReportedAt, now)
            .SetProperty(d => d.SealedCopy, ""));
        if (settled == 1 && !last)
        {
            var message = JsonSerializer.Deserialize<SmsMessage>(cipher.Decrypt(delivery.SealedCopy, SmsDelivery.CipherPurpose))!;
            texter.Queue(message with { Attempt = delivery.Attempt + 1 }, now + SmsDelivery.RetryAfter(delivery.Attempt));
            await db.SaveChangesAsync();
        }
        await transaction.CommitAsync();
    }
}
