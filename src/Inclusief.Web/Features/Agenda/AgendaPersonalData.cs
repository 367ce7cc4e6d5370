using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Agenda;

/// <summary>The agenda versions a coordinator published; erasing keeps the versions (they are the programme's) without who published them.</summary>
public sealed class AgendaPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "agendaVersions";

    public async Task<object?> ExportAsync(AppUser user) =>
        await db.Set<AgendaVersion>().AsNoTracking().Where(v => v.PublishedById == user.Id).OrderBy(v => v.Number)
            .Select(v => new { v.Number, v.PublishedAt, v.ChangeNote }).ToListAsync();

    public async Task EraseAsync(AppUser user) =>
        (await db.Set<AgendaVersion>().Where(v => v.PublishedById == user.Id).ToListAsync()).ForEach(v => v.ForgetPublisher());
}
