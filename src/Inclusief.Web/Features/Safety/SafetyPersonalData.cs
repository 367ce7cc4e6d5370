using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>Membership of the safety network. Reports are never linked to a member, so there is nothing of them to export or unlink.</summary>
public sealed class SafetyPersonalData(AppDbContext db, FieldCipher cipher) : IPersonalData
{
    public string Section => "safety";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var member = await db.Set<SafetyMember>().AsNoTracking().SingleOrDefaultAsync(m => m.UserId == user.Id);
        if (member is null)
        {
            return null;
        }
        return new
        {
            member.WorkingName,
            Email = cipher.DecryptOrNull(member.EncryptedEmail, SafetyMember.CipherPurpose),
            Regions = member.RegionList,
            Context = member.Context.ToString(),
            member.OutreachOrganisation,
            member.AlertByEmail,
            SmsNumber = member.EncryptedPhone is { } phone ? cipher.DecryptOrNull(phone, SafetyMember.CipherPurpose) : null,
            SmsWording = member.EncryptedPhone is null ? null : member.SmsWording.ToString(),
            Status = member.Status.ToString(),
            member.AppliedAt,
            member.LastActiveAt,
        };
    }

    public async Task EraseAsync(AppUser user)
    {
        // A number still waiting for its code goes with the membership it was typed for.
        var owners = (await db.Set<SafetyMember>().Where(m => m.UserId == user.Id).Select(m => m.Id).ToListAsync()).Select(id => id.ToString("N")).ToList();
        await db.Set<Infrastructure.Sms.NumberVerification>().Where(v => v.Purpose == SmsModel.Purpose && owners.Contains(v.Owner)).ExecuteDeleteAsync();
        await db.Set<SafetyMember>().Where(m => m.UserId == user.Id).ExecuteDeleteAsync();
    }
}
