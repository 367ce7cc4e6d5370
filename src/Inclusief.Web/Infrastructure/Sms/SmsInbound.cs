using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>A feature that texts people: told when a number replies STOP, it sends that number nothing more.</summary>
public interface ISmsOptOut
{
    /// <summary>Stops every SMS of the feature to the number, in the caller's unit of work; how many it stopped.</summary>
    Task<int> StopAsync(MobileNumber number);
}

/// <summary>
/// Where Kannel's <c>sms-service</c> hands a text someone sent us (its <c>get-url</c>, with the shared secret). A reply
/// STOP ends every SMS to that number at once, and one more confirms it, through the outbox like every other; the answer
/// to Kannel stays empty (omit-empty), since Kannel would send a reply back the way the message came.
/// </summary>
public static class SmsInbound
{
    public const string Path = "/Sms/Inbound";

    // In the languages of the site, each with the language it is answered in: a reply in one's own language counts too.
    // STOP itself is every language's word, so it is answered in Dutch and English.
    private static readonly Dictionary<string, string?> StopWords = new(StringComparer.Ordinal)
    {
        ["STOP"] = null, ["STOPP"] = null, ["STOPPEN"] = Cultures.Dutch, ["UITSCHRIJVEN"] = Cultures.Dutch, ["UNSUBSCRIBE"] = Cultures.English,
        ["DEZABONARE"] = "ro", ["СТОП"] = "bg", ["PARAR"] = "es", ["ALTO"] = "es", ["DOSYĆ"] = "pl", ["ELÉG"] = "hu",
    };

    public static void MapSmsInbound(this IEndpointRouteBuilder app) => app.MapGet(Path, ReceiveAsync).AllowAnonymous();

    private static async Task<IResult> ReceiveAsync(HttpContext http, string? secret, string? from, string? text, IOptions<SmsOptions> options, ILogger<SmsOptions> logger, MasterKey masterKey,
        IEnumerable<ISmsOptOut> optOuts, Texter texter, SmsTemplate template, AppDbContext db, TimeProvider clock)
    {
        if (!options.Value.IsGatewayCall(http, secret, logger))
        {
            return Results.NotFound();
        }
        if (!StopWords.TryGetValue((text ?? "").Trim().TrimEnd('.', '!').ToUpperInvariant(), out var culture) || MobileNumber.Parse(from) is not { } number)
        {
            // Nothing to answer: Kannel sends no reply for an empty answer (omit-empty).
            return Results.Text("");
        }
        foreach (var optOut in optOuts)
        {
            await optOut.StopAsync(number);
        }
        var key = number.KeyWith(masterKey, StoppedNumber.Scope);
        if (await db.Set<StoppedNumber>().AnyAsync(s => s.NumberKey == key))
        {
            // Stopped already: confirmed once, so a forged or repeated STOP cannot make us text a number again and again.
            await db.SaveChangesAsync();
            return Results.Text("");
        }
        db.Add(StoppedNumber.Of(key, clock.GetUtcNow().UtcDateTime));
        texter.Queue(new SmsMessage(number.E164, template.StopConfirmation(culture), SmsPurpose.StopConfirmation));
        await db.SaveChangesAsync();
        return Results.Text("");
    }
}
