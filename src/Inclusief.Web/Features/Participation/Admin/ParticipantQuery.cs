using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation.Admin;

/// <summary>The filters of the coordinators' list, shared by the page and its CSV export.</summary>
public sealed class ParticipantQuery
{
    public ParticipationForm? Form { get; set; }

    public ParticipationStatus? Status { get; set; }

    public Guid? ThemeId { get; set; }

    public string? Search { get; set; }

    public bool OtherTimeRequested { get; set; }

    public IQueryable<Participant> Apply(AppDbContext db)
    {
        var query = db.Set<Participant>().AsNoTracking();
        if (Form is { } form)
        {
            query = query.Where(p => p.Form == form);
        }
        if (Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }
        if (ThemeId is { } theme)
        {
            query = query.Where(p => p.Themes.Any(t => t.Id == theme));
        }
        if (OtherTimeRequested)
        {
            query = query.Where(p => p.Intakes.Any(i => i.Status == IntakeStatus.OtherTimeRequested));
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim().ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL upper(); no .NET culture is involved.
            query = query.Where(p => p.DisplayName.ToUpper().Contains(term) || p.Email.ToUpper().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        return query;
    }
}
