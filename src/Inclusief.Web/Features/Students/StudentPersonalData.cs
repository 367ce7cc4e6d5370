using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>A student's applications, with what they wrote; erasing removes them (an accepted place opens again).</summary>
public sealed class StudentPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalData
{
    public string Section => "assignments";

    public async Task<object?> ExportAsync(AppUser user) =>
        (await db.Set<AssignmentApplication>().AsNoTracking().Where(a => a.UserId == user.Id)
            .Join(db.Set<Assignment>(), a => a.AssignmentId, s => s.Id, (a, s) => new { s.Title, a.Status, a.EncryptedMotivation, a.CreatedAt, a.DecidedAt })
            .OrderBy(a => a.CreatedAt).ToListAsync())
        .Select(a => new { Assignment = a.Title, Status = a.Status.ToString(), Motivation = cipher.Decrypt(a.EncryptedMotivation, AssignmentApplication.MotivationPurpose), a.CreatedAt, a.DecidedAt })
        .ToList();

    public async Task EraseAsync(AppUser user)
    {
        var filled = await db.Set<Assignment>()
            .Where(a => a.Status == AssignmentStatus.Filled && a.Applications.Any(p => p.UserId == user.Id && p.Status == ApplicationStatus.Accepted)).ToListAsync();
        filled.ForEach(a => a.ReopenPlace());
        await db.Set<AssignmentApplication>().Where(a => a.UserId == user.Id).ExecuteDeleteAsync();
    }
}
