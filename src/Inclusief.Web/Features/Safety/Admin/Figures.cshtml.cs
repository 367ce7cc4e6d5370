using Inclusief.Data;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety.Admin;

/// <summary>Yearly figures for the evaluation, as Ugly Mugs NL reports them: members, reports, warnings sent, checks. Aggregates only.</summary>
[Authorize(Policy = SafetyPermissions.Moderate)]
public sealed class FiguresModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Year(int Number, int NewMembers, int Reports, int Warnings, int Deliveries, int Checks, int Matches);

    /// <summary>How the SMS of one purpose fared in the last <see cref="SmsDays"/> days: counts, never a number or a text.</summary>
    public sealed record SmsFigures(string Purpose, int Messages, int Delivered, int Waiting, int Retried, int Failed);

    public const int SmsDays = 30;

    public int ApprovedMembers { get; private set; }

    public IReadOnlyList<SmsFigures> Sms { get; private set; } = [];

    public IReadOnlyList<Year> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ApprovedMembers = await db.Set<SafetyMember>().CountAsync(m => m.Status == MembershipStatus.Approved);
        var members = await db.Set<SafetyMember>().Where(m => m.DecidedAt != null && m.Status == MembershipStatus.Approved).Select(m => m.DecidedAt!.Value).ToListAsync();
        var reports = await db.Set<SafetyReport>().Select(r => r.ReceivedOn).ToListAsync();
        var warnings = await db.Set<SafetyWarning>().Where(w => w.PublishedAt != null).Select(w => w.PublishedAt!.Value).ToListAsync();
        var deliveries = await db.Set<WarningDelivery>().GroupBy(d => d.DeliveredAt.Year).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var checks = await db.Set<ClientCheckTally>().ToListAsync();
        var years = members.Select(d => d.Year).Concat(reports.Select(d => d.Year)).Concat(warnings.Select(d => d.Year)).Concat(deliveries.Select(d => d.Key)).Concat(checks.Select(c => c.Day.Year)).Distinct().OrderDescending();
        Years = years.Select(y => new Year(y, members.Count(d => d.Year == y), reports.Count(d => d.Year == y), warnings.Count(d => d.Year == y),
            deliveries.Where(d => d.Key == y).Sum(d => d.Count), checks.Where(c => c.Day.Year == y).Sum(c => c.Checks), checks.Where(c => c.Day.Year == y).Sum(c => c.Matches))).ToList();
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-SmsDays);
        var sms = await db.Set<SmsDelivery>().Where(d => d.SentAt >= since)
            .GroupBy(d => new { d.Purpose, d.State, First = d.Attempt == 1 }).Select(g => new { g.Key.Purpose, g.Key.State, g.Key.First, Count = g.Count() }).ToListAsync();
        int Count(string purpose, params SmsDeliveryState[] states) => sms.Where(s => s.Purpose == purpose && states.Contains(s.State)).Sum(s => s.Count);
        Sms = [.. SmsPurpose.All.Where(p => sms.Any(s => s.Purpose == p)).Select(p => new SmsFigures(p, sms.Where(s => s.Purpose == p && s.First).Sum(s => s.Count),
            Count(p, SmsDeliveryState.Delivered), Count(p, SmsDelivery.Unsettled), Count(p, SmsDeliveryState.Retried), Count(p, SmsDeliveryState.Failed)))];
    }
}
