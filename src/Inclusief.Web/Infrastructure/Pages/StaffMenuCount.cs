using Inclusief.Data;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>
/// A number beside a staff link in the menu ("Klachtenbalie: meldingen (2)"), registered by the feature that owns the
/// page and counted only for someone the link is shown to. <see cref="Label"/> says what is counted, for screen readers.
/// </summary>
public sealed record StaffMenuCount(string Page, string Label, Func<AppDbContext, Task<int>> CountAsync);
