namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>CSV exports that open safely in a spreadsheet.</summary>
public static class Csv
{
    /// <summary>Quotes a CSV cell, and defuses values a spreadsheet would run as a formula.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
