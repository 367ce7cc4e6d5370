using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Signals for advocacy: counts per category, kind of organisation, quarter and outcome, and response times.
/// The public sees closed quarters only (a live count would show who reported this week by differencing two
/// visits) and no number below five, with the complement hidden too; caseworkers and coordinators see every
/// number up to now (never a narrative).
/// </summary>
[AllowAnonymous]
public sealed class SignalsModel(ComplaintSignals signals, IAuthorizationService authorization, AppDbContext db, TimeProvider clock) : PageModel
{
    private readonly Dictionary<ComplaintSignals.Row, string> _shown = [];

    public ComplaintSignals.Figures Figures { get; private set; } = null!;

    public bool FullDetail { get; private set; }

    /// <summary>How the "there is an answer" texts fared; for caseworkers and coordinators only.</summary>
    public IReadOnlyList<SmsDeliveryFigures.Row> Sms { get; private set; } = [];

    /// <summary>The last day the public figures cover; null for staff, who see everything.</summary>
    public DateOnly? Through { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        return CsvFile.Download("signalen-klachtenbalie.csv", ["indeling", "waarde", "aantal"],
            [.. Figures.Rows.Select(row => new[] { row.Dimension, row.Value, CsvCell.Plain(Count(row)) }), ["Totaal", "", CsvCell.Plain(Count(Figures.Total))]]);
    }

    public string Count(int count) => FullDetail ? count.ToString(CultureInfo.InvariantCulture) : SmallCells.Shown(count);

    public string Count(ComplaintSignals.Row row) => FullDetail ? row.Count.ToString(CultureInfo.InvariantCulture) : _shown[row];

    public string? Days(double? days, int basedOn) =>
        days is not { } value || (!FullDetail && basedOn < SmallCells.Smallest) ? null : value.ToString("0.0", CultureInfo.CurrentCulture);

    private async Task LoadAsync()
    {
        FullDetail = (await authorization.AuthorizeAsync(User, ComplaintPermissions.ReadSignals)).Succeeded;
        if (FullDetail)
        {
            Figures = await signals.ComputeAsync();
            Sms = await SmsDeliveryFigures.ForAsync(db, clock.GetUtcNow().UtcDateTime, SmsPurpose.ComplaintNudge);
            return;
        }
        var before = ComplaintSignals.FirstDayOfQuarter(clock.GetUtcNow().UtcDateTime);
        Through = before.AddDays(-1);
        Figures = await signals.ComputeAsync(before);
        foreach (var dimension in Figures.Rows.GroupBy(r => r.Dimension))
        {
            var rows = dimension.ToList();
            foreach (var (row, shown) in rows.Zip(SmallCells.Column(rows.Select(r => r.Count).ToList())))
            {
                _shown[row] = shown;
            }
        }
    }
}
