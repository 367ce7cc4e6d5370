using Inclusief.Data;
using Inclusief.Web.Infrastructure.Sms;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Safety;

/// <summary>A member's number that replied STOP gets no more alerts, and the number is erased.</summary>
public sealed class SafetySmsOptOut(AppDbContext db) : ISmsOptOut
{
    public async Task<int> StopAsync(string numberKey)
    {
        var members = await db.Set<SafetyMember>().Where(m => m.PhoneKey == numberKey).ToListAsync();
        members.ForEach(m => m.StopSms());
        return members.Count;
    }
}
