using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>
/// Each account may upload so many files and bytes a programme day (<see cref="UploadOptions"/>), so one account,
/// stolen or scripted, cannot fill the disk. A file counts when it is offered, also if it is then refused.
/// </summary>
public sealed class UploadQuota(AppDbContext db, IOptions<UploadOptions> options, TimeProvider clock)
{
    private const string Refusal = "Je hebt vandaag al zoveel bestanden geüpload als kan. Morgen kan het weer.";

    /// <summary>Takes one file of <paramref name="bytes"/> from today's quota, or refuses with the reason.</summary>
    public async Task TakeAsync(string userId, long bytes)
    {
        var today = ProgrammeTime.DayOf(clock.GetUtcNow().UtcDateTime);
        var files = options.Value.FilesPerDay;
        var most = options.Value.BytesPerDay;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            // One conditional update: two uploads at the same moment can never both take the last of the day.
            var taken = await db.Set<UploadAllowance>()
                .Where(a => a.UserId == userId && bytes <= most && (a.Day != today || (a.Files < files && a.Bytes + bytes <= most)))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Files, a => a.Day == today ? a.Files + 1 : 1)
                    .SetProperty(a => a.Bytes, a => a.Day == today ? a.Bytes + bytes : bytes)
                    .SetProperty(a => a.Day, today));
            if (taken == 1)
            {
                return;
            }
            if (bytes > most || await db.Set<UploadAllowance>().AnyAsync(a => a.UserId == userId))
            {
                throw new UploadRejectedException(Refusal);
            }
            try
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"UploadAllowance\" (\"UserId\", \"Day\", \"Files\", \"Bytes\") VALUES ({userId}, {today}, 1, {bytes})");
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException)
            {
                // Another upload of this account inserted the row first; take from it.
            }
        }
        throw new UploadRejectedException(Refusal);
    }
}
