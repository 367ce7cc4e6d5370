using Inclusief.Web.Infrastructure.Caching;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Consents;
using Inclusief.Web.Infrastructure.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation;

/// <summary>Sign-ups, intake conversations and consents. Coordinator notes are staff working notes and are erased, not exported.</summary>
public sealed class ParticipationPersonalData(AppDbContext db, Consents consents, PublicPageChanges publicPages) : IPersonalData
{
    public string Section => "participation";

    public async Task<object?> ExportAsync(AppUser user)
    {
        var participants = await Mine(user).AsNoTracking().Include(p => p.Intakes).Include(p => p.Themes).ToListAsync();
        var export = new List<object>();
        foreach (var p in participants)
        {
            export.Add(new
            {
                Form = p.Form.ToString(),
                Status = p.Status.ToString(),
                p.DisplayName,
                p.Email,
                p.Phone,
                p.Motivation,
                p.Expertise,
                Offers = p.Offers.ToString(),
                p.PartnerCommitment,
                Themes = p.Themes.Select(t => t.Name),
                p.DeclineReason,
                p.CreatedAt,
                IntakeConversations = p.Intakes.Select(i => new { i.StartsAt, i.DurationMinutes, i.Location, i.OnlineLink, Status = i.Status.ToString(), i.RequestNote }),
                Consents = (await consents.HistoryAsync(Participant.SubjectType, p.Id.ToString()))
                    .Select(c => new { c.Purpose, c.WordingVersion, c.Given, c.At }),
            });
        }
        return export;
    }

    public async Task EraseAsync(AppUser user)
    {
        foreach (var id in await Mine(user).Select(p => p.Id).ToListAsync())
        {
            await consents.ForgetAsync(Participant.SubjectType, id.ToString());
        }
        await Mine(user).ExecuteDeleteAsync();
        // A speaker's name is on cached event pages.
        await publicPages.ChangedAsync(db, PublicPages.Events);
        if (user.Email is { } email)
        {
            var normalized = email.ToLowerInvariant();
            await db.Set<SignInLink>().Where(l => l.Email == normalized).ExecuteDeleteAsync();
        }
    }

    /// <summary>Sign-ups linked to the account, and those made earlier with its confirmed address.</summary>
    private IQueryable<Participant> Mine(AppUser user)
    {
        var email = user.EmailConfirmed ? user.Email?.ToLowerInvariant() : null;
        return db.Set<Participant>().Where(p => p.UserId == user.Id || (email != null && p.UserId == null && p.Email == email));
    }
}
