namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// The one pager (<c>_Pager</c>): previous / next, and "page n of m" when the total is counted. The page number
/// travels as <c>p</c>: <c>page</c> is the route value Razor Pages uses for the page's own name, so a pager that
/// used it never left page 1.
/// </summary>
public sealed record Pager(int Page, bool HasMore, Func<int, string> Url, int? Pages = null)
{
    public const string Parameter = "p";

    /// <summary>A page number from the address, kept within what a list can have.</summary>
    public static int Valid(int page) => Math.Clamp(page, 1, 10_000);

    /// <summary>For a list whose total is counted.</summary>
    public static Pager Counted(int page, int total, int pageSize, Func<int, string> url) =>
        new(page, (long)page * pageSize < total, url, Math.Max(1, (total + pageSize - 1) / pageSize));
}
