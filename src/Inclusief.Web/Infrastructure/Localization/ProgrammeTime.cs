using System.Globalization;

namespace Inclusief.Web.Infrastructure.Localization;

/// <summary>
/// Times are stored in UTC and shown, entered and mailed in Dutch time (Europe/Amsterdam), whatever zone
/// the server runs in.
/// </summary>
public static class ProgrammeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime ToUtc(DateOnly date, TimeOnly time) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), Zone);

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The programme day a moment falls on.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The moment a programme day begins, in UTC.</summary>
    public static DateTime StartOf(DateOnly day) => ToUtc(day, TimeOnly.MinValue);

    /// <summary>"dinsdag 1 december 2026" / "Tuesday 1 December 2026".</summary>
    public static string FormatDay(DateOnly day, string culture) =>
        day.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo(culture == Cultures.English ? "en-GB" : "nl-NL"));

    /// <summary>"dinsdag 1 december 2026 om 14:00" / "Tuesday 1 December 2026 at 14:00".</summary>
    public static string Format(DateTime utc, string culture)
    {
        var local = ToLocal(utc);
        var info = CultureInfo.GetCultureInfo(culture == Cultures.English ? "en-GB" : "nl-NL");
        var at = culture == Cultures.English ? "at" : "om";
        return $"{local.ToString("dddd d MMMM yyyy", info)} {at} {local.ToString("HH:mm", info)}";
    }
}
