using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>
/// How the SMS of some purposes fared in the last <see cref="Days"/> days: counts, never a number or a text. Each feature
/// shows its own purposes to its own staff (the partial <c>_SmsFigures</c>), so a safety moderator does not learn how often
/// the complaint desk texted.
/// </summary>
public static class SmsDeliveryFigures
{
    public const int Days = 30;

    public sealed record Row(string Purpose, int Messages, int Delivered, int Waiting, int Retried, int Failed);

    public static async Task<IReadOnlyList<Row>> ForAsync(AppDbContext db, DateTime now, params string[] purposes)
    {
        var since = now.AddDays(-Days);
        var sms = await db.Set<SmsDelivery>().Where(d => d.SentAt >= since && purposes.Contains(d.Purpose))
            .GroupBy(d => new { d.Purpose, d.State, First = d.Attempt == 1 }).Select(g => new { g.Key.Purpose, g.Key.State, g.Key.First, Count = g.Count() }).ToListAsync();
        int Count(string purpose, params SmsDeliveryState[] states) => sms.Where(s => s.Purpose == purpose && states.Contains(s.State)).Sum(s => s.Count);
        return [.. purposes.Where(p => sms.Any(s => s.Purpose == p)).Select(p => new Row(p, sms.Where(s => s.Purpose == p && s.First).Sum(s => s.Count),
            Count(p, SmsDeliveryState.Delivered), Count(p, SmsDelivery.Unsettled), Count(p, SmsDeliveryState.Retried), Count(p, SmsDeliveryState.Failed)))];
    }
}
