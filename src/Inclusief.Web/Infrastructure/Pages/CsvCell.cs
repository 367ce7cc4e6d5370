using System.Globalization;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>One cell of a CSV export: text (quoted, defused) or a plain value written as it is.</summary>
public readonly record struct CsvCell(string Value, bool Quoted)
{
    public static CsvCell Text(string? value) => new(value ?? "", true);

    public static CsvCell Plain(string value) => new(value, false);

    public static CsvCell Day(DateTime? moment, string format = "yyyy-MM-dd") => Plain(moment?.ToString(format, CultureInfo.InvariantCulture) ?? "");

    public static implicit operator CsvCell(string? value) => Text(value);
}
