using System.Globalization;
using System.Text;
using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Complaints;

/// <summary>
/// Signals for advocacy: counts per category, kind of organisation, quarter and outcome, and response times.
/// The public sees no number below five; caseworkers and coordinators see every number (never a narrative).
/// </summary>
[AllowAnonymous]
public sealed class SignalsModel(ComplaintSignals signals, IAuthorizationService authorization) : PageModel
{
    public ComplaintSignals.Figures Figures { get; private set; } = null!;

    public bool FullDetail { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await LoadAsync();
        var csv = new StringBuilder("indeling,waarde,aantal\r\n");
        foreach (var row in Figures.Rows)
        {
            csv.AppendJoin(',', Csv.Cell(row.Dimension), Csv.Cell(row.Value), Count(row.Count)).Append("\r\n");
        }
        csv.AppendJoin(',', Csv.Cell("Totaal"), Csv.Cell(""), Count(Figures.Total)).Append("\r\n");
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", "signalen-klachtenbalie.csv");
    }

    public string Count(int count) => FullDetail ? count.ToString(CultureInfo.InvariantCulture) : SmallCells.Shown(count);

    public string? Days(double? days, int basedOn) =>
        days is not { } value || (!FullDetail && basedOn < SmallCells.Smallest) ? null : value.ToString("0.0", CultureInfo.CurrentCulture);

    private async Task LoadAsync()
    {
        FullDetail = (await authorization.AuthorizeAsync(User, ComplaintPermissions.ReadSignals)).Succeeded;
        Figures = await signals.ComputeAsync();
    }
}
