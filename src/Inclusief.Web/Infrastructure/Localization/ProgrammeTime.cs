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

    /// <summary>"dinsdag 1 december 2026" / "Tuesday 1 December 2026", in the reader's language.</summary>
    public static string FormatDay(DateOnly day, string culture)
    {
        var language = Cultures.Find(culture);
        return day.ToString(language.DayPattern, language.FormattingCulture);
    }

    /// <summary>"dinsdag 1 december 2026 om 14:00" / "Tuesday 1 December 2026 at 14:00".</summary>
    public static string Format(DateTime utc, string culture)
    {
        var language = Cultures.Find(culture);
        var local = ToLocal(utc);
        var day = local.ToString(language.DayPattern, language.FormattingCulture);
        var time = local.ToString("HH:mm", language.FormattingCulture);
        return language.At.Length == 0 ? $"{day}, {time}" : $"{day} {language.At} {time}";
    }
}
