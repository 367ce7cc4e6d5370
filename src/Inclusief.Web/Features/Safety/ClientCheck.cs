using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Features.Safety;

/// <summary>
/// "Is this number known?" for approved members: the typed value is normalised and hashed, matched against
/// published, unexpired warnings only, and forgotten; the day's tally is all that is kept.
/// </summary>
public sealed class ClientCheck(AppDbContext db, MasterKey masterKey, WarningMatchTally tally, IOptions<SafetyOptions> options, TimeProvider clock)
{
    public sealed record Outcome(Identifier? Understood, IReadOnlyList<(SafetyWarning Warning, string Masked)> Matches, bool QuotaReached = false);

    public int ChecksPerDay => options.Value.ClientChecksPerDay;

    public async Task<Outcome> CheckAsync(Guid memberId, IdentifierKind? kind, string? value)
    {
        var identifier = kind is { } k ? Identifier.Parse(k, value) : Identifier.Detect(value);
        if (identifier is null)
        {
            return new Outcome(null, []);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (!await TakeFromQuotaAsync(memberId, ProgrammeTime.DayOf(now)))
        {
            return new Outcome(identifier, [], QuotaReached: true);
        }
        var hash = identifier.Hash(masterKey);
        var matches = await (from i in db.Set<WarningIdentifier>()
                             join w in db.Set<SafetyWarning>().LiveAt(now) on i.WarningId equals w.Id
                             where i.Hash == hash
                             orderby w.PublishedAt descending
                             select new { Warning = w, i.Masked }).AsNoTracking().ToListAsync();
        await TallyAsync(ProgrammeTime.DayOf(now), matches.Count > 0);
        tally.Found(matches.Select(m => m.Warning.Id));
        return new Outcome(identifier, matches.Select(m => (m.Warning, m.Masked)).DistinctBy(m => m.Warning.Id).ToList());
    }

    // One conditional update: two checks at the same moment can never both take the last one of the day.
    private async Task<bool> TakeFromQuotaAsync(Guid memberId, DateOnly today)
    {
        var quota = options.Value.ClientChecksPerDay;
        return await db.Set<SafetyMember>()
            .Where(m => m.Id == memberId && (m.ChecksOn != today || m.ChecksMade < quota))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ChecksMade, m => m.ChecksOn == today ? m.ChecksMade + 1 : 1).SetProperty(m => m.ChecksOn, today)) == 1;
    }

    private async Task TallyAsync(DateOnly day, bool matched)
    {
        var hit = matched ? 1 : 0;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await db.Set<ClientCheckTally>().Where(t => t.Day == day)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.Checks, t => t.Checks + 1).SetProperty(t => t.Matches, t => t.Matches + hit)) == 1)
            {
                return;
            }
            try
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"ClientCheckTally\" (\"Day\", \"Checks\", \"Matches\") VALUES ({day}, 1, {hit})");
                return;
            }
            catch (DbUpdateException)
            {
                // Another check inserted today's row first; count on it.
            }
            catch (System.Data.Common.DbException)
            {
                // Same, reported by the provider directly.
            }
        }
    }
}
