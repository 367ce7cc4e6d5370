using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Inclusief.Data;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Figures;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Inclusief.Web.Features.Monitoring;

/// <summary>
/// The programme's figures over a period, each as a chart, a table and a sentence, each to download. Coordinators
/// choose any period and see every number. A partner's contact sees numbers under five hidden and chooses among
/// the years that have ended, as on the public impact page: with any two days to choose from, two periods a day
/// apart would show by subtraction what happened on that day.
/// </summary>
[Authorize(Policy = MonitoringPermissions.Read)]
public sealed class IndexModel(MonitoringFigures figures, AppDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> texts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "from")]
    [Display(Name = "Van")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    [Display(Name = "Tot en met")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "programme")]
    public Guid? Programme { get; set; }

    /// <summary>The year a partner's contact chose.</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>The years a partner's contact may choose, newest first.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>A partner's contact asked for a year that has not ended.</summary>
    public bool AskedForOpenYear { get; private set; }

    /// <summary>Null only for a partner's contact before the first year has ended.</summary>
    public FigurePeriod? Period { get; private set; }

    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public FigureText Text { get; private set; } = null!;

    public bool FullDetail { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> Programmes { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetCsvAsync(string? figure)
    {
        await LoadAsync();
        return Period is { } period && Figures.FirstOrDefault(f => f.Key == figure) is { } chosen
            ? FigureFile.Csv(chosen, Text, $"{chosen.Key}-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.csv")
            : NotFound();
    }

    /// <summary>One figure, or all of them on a sheet each.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(string? figure)
    {
        await LoadAsync();
        var chosen = figure is null ? Figures : Figures.Where(f => f.Key == figure).ToList();
        return Period is not { } period || chosen.Count == 0 ? NotFound()
            : FigureFile.Spreadsheet(chosen, Text, $"{figure ?? "monitoring"}-{period.From:yyyy-MM-dd}-{period.To:yyyy-MM-dd}.xlsx");
    }

    public string? DownloadUrl(string handler, string? figure) => FullDetail
        ? Url.Page("/Monitoring/Index", handler, new
        {
            from = Period!.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = Period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            programme = Programme,
            figure,
        })
        : Url.Page("/Monitoring/Index", handler, new { year = Year, figure });

    private async Task LoadAsync()
    {
        FullDetail = (await authorization.AuthorizeAsync(User, MonitoringPermissions.FullDetail)).Succeeded;
        Text = new FigureText(texts, suppressSmall: !FullDetail);
        if (!FullDetail)
        {
            (Years, Year, AskedForOpenYear) = await figures.ChooseClosedYearAsync(Year);
            if (Year is { } shown)
            {
                Period = FigurePeriod.Year(shown);
                Figures = await figures.ComputeAsync(Period, null, fullDetail: false);
            }
            return;
        }
        Period = ChosenPeriod();
        var programmes = await db.Set<Programme>().AsNoTracking().OrderBy(p => p.StartsOn).Select(p => new { p.Id, p.Name, p.NameTranslations }).ToListAsync();
        Programmes = [.. programmes.Select(p => (p.Id, TranslatedText.In(CultureInfo.CurrentUICulture.Name, p.Name, p.NameTranslations)))];
        if (Programme is { } id && Programmes.All(p => p.Id != id))
        {
            ModelState.AddModelError("programme", texts["Dat programma bestaat niet; je ziet de cijfers van alle programma's."]);
            Programme = null;
        }
        Figures = await figures.ComputeAsync(Period, Programme, fullDetail: true);
    }

    /// <summary>Before any programme; it also keeps the date arithmetic far from DateOnly's limits.</summary>
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>The period asked for, or the last twelve months when none (or none that makes sense) was.</summary>
    private FigurePeriod ChosenPeriod()
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        var fallback = new FigurePeriod(new DateOnly(today.Year, today.Month, 1).AddMonths(-11), today);
        if (!ModelState.IsValid)
        {
            return Reset(fallback);
        }
        var period = new FigurePeriod(From ?? fallback.From, To ?? (From is null ? fallback.To : today));
        if (period.From < Earliest || period.To > today.AddYears(1))
        {
            ModelState.AddModelError("from", texts["Kies een periode tussen {0} en {1}; je ziet de laatste twaalf maanden.", Earliest.Year, today.Year + 1]);
            return Reset(fallback);
        }
        if (period.From > period.To)
        {
            ModelState.AddModelError("to", texts["De einddatum ligt voor de begindatum; je ziet de laatste twaalf maanden."]);
            return Reset(fallback);
        }
        if (period.To > period.From.AddYears(FigurePeriod.LongestInYears))
        {
            ModelState.AddModelError("from", texts["Kies een periode van hoogstens {0} jaar; je ziet de laatste twaalf maanden.", FigurePeriod.LongestInYears]);
            return Reset(fallback);
        }
        From = period.From;
        To = period.To;
        return period;
    }

    private FigurePeriod Reset(FigurePeriod fallback)
    {
        From = fallback.From;
        To = fallback.To;
        return fallback;
    }
}
