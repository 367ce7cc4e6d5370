namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// A previous / next pager. The page number travels as <c>p</c>: <c>page</c> is the route value Razor Pages
/// uses for the page's own name, so a pager that used it never left page 1.
/// </summary>
public sealed record Pager(int Page, bool HasMore, Func<int, string> Url)
{
    public const string Parameter = "p";
}
