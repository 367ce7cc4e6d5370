using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Students;

/// <summary>A student's reactions, with what they wrote; erasing removes them (an accepted place opens again), saved by the caller.</summary>
public sealed class StudentPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalData
{
    public string Section => "assignments";

    public async Task<object?> ExportAsync(AppUser user) =>
        (await db.Set<AssignmentApplication>().AsNoTracking().Where(a => a.UserId == user.Id)
            .Join(db.Set<Assignment>(), a => a.AssignmentId, s => s.Id, (a, s) => new { s.Title, a.Status, a.EncryptedMotivation, a.CreatedAt, a.DecidedAt })
            .OrderBy(a => a.CreatedAt).ToListAsync())
        .Select(a => new { Assignment = a.Title, Status = a.Status.ToString(), Motivation = a.EncryptedMotivation.Length > 0 ? cipher.Decrypt(a.EncryptedMotivation, AssignmentApplication.MotivationPurpose) : null, a.CreatedAt, a.DecidedAt })
        .ToList();

    public async Task EraseAsync(AppUser user)
    {
        var reacted = await db.Set<Assignment>().Include(a => a.Applications).Where(a => a.Applications.Any(p => p.UserId == user.Id)).ToListAsync();
        reacted.ForEach(a => a.ForgetStudent(user.Id));
    }
}
