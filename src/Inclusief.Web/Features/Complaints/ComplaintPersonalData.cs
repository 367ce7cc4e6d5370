using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Complaints;

/// <summary>Complaints filed while signed in: exported decrypted (without internal notes); erasing removes what was written and keeps the counts.</summary>
public sealed class ComplaintPersonalData(AppDbContext db, FieldCipher cipher, TimeProvider clock) : IPersonalData
{
    public string Section => "complaints";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var complaints = await db.Set<Complaint>().AsNoTracking().Include(c => c.Messages).Where(c => c.UserId == user.Id).OrderBy(c => c.ReceivedOn).ThenBy(c => c.ArrivalNumber).ToListAsync();
        return complaints.Select(c => new
        {
            c.ReceivedOn,
            Category = c.Category.ToString(),
            OrganisationKind = c.OrganisationKind.ToString(),
            Organisation = cipher.DecryptOrNull(c.EncryptedOrganisationName, Complaint.CipherPurpose),
            c.HappenedOn,
            c.MunicipalityCode,
            Wish = c.Wish.ToString(),
            WhatHappened = cipher.DecryptOrNull(c.EncryptedNarrative, Complaint.CipherPurpose),
            Email = cipher.DecryptOrNull(c.EncryptedEmail, Complaint.CipherPurpose),
            Phone = cipher.DecryptOrNull(c.EncryptedPhone, Complaint.CipherPurpose),
            Status = c.Status.ToString(),
            Messages = c.Messages.Where(m => !m.IsInternal).OrderBy(m => m.Number).Select(m => new { m.FromReporter, Text = cipher.DecryptOrNull(m.EncryptedText, Complaint.CipherPurpose), m.WrittenOn }),
        }).ToList();
    }

    public async Task EraseAsync(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var complaint in await db.Set<Complaint>().Include(c => c.Messages).Where(c => c.UserId == user.Id).ToListAsync())
        {
            complaint.RemoveNarrative(now);
        }
        await db.SaveChangesAsync();
    }
}
