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

    public int ApprovedMembers { get; private set; }

    /// <summary>The network's own texts; codes are sent only for its members' numbers. A STOP's confirmation belongs to no one feature and is counted on none.</summary>
    public IReadOnlyList<SmsDeliveryFigures.Row> Sms { get; private set; } = [];

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
        Sms = await SmsDeliveryFigures.ForAsync(db, clock.GetUtcNow().UtcDateTime, SmsPurpose.SafetyWarning, SmsPurpose.SafetyFollowUp, SmsPurpose.Code);
    }
}
