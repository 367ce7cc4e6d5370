using Inclusief.Data;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Projects;

/// <summary>
/// The work groups someone is in, the updates they wrote and the actions they hold. Erasing takes them out of
/// every work group and takes their name off what they wrote and hold; the work itself stays with the sub-project.
/// </summary>
public sealed class SubProjectPersonalData(AppDbContext db) : IPersonalData
{
    public string Section => "sub-projects";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var memberships = await db.Set<WorkGroupMember>().AsNoTracking().Where(m => m.UserId == user.Id)
            .Join(db.Set<SubProject>(), m => m.SubProjectId, p => p.Id, (m, p) => new { Project = p.Title, Role = m.Role.ToString(), m.JoinedAt })
            .ToListAsync();
        var updates = await db.Set<ProgressUpdate>().AsNoTracking().Where(u => u.AuthorId == user.Id)
            .Join(db.Set<SubProject>(), u => u.SubProjectId, p => p.Id, (u, p) => new { Project = p.Title, u.Text, u.At })
            .ToListAsync();
        var actions = await db.Set<ActionItem>().AsNoTracking().Where(a => a.OwnerId == user.Id)
            .Join(db.Set<SubProject>(), a => a.SubProjectId, p => p.Id, (a, p) => new { Project = p.Title, a.Description, Status = a.Status.ToString(), a.DueOn })
            .ToListAsync();
        return new { Memberships = memberships, Updates = updates.OrderBy(u => u.At), Actions = actions };
    }

    public async Task EraseAsync(AppUser user)
    {
        await db.Set<WorkGroupMember>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync();
        await db.Set<ProgressUpdate>().Where(u => u.AuthorId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.AuthorId, ""));
        await db.Set<ActionItem>().Where(a => a.OwnerId == user.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.OwnerId, (string?)null));
    }
}
