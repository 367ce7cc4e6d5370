using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Privacy;

/// <summary>Saving an <see cref="IArrival"/>: the day's next number, taken safely when several arrive at once.</summary>
public static class Arrival
{
    private const int Attempts = 5;

    /// <summary>
    /// Saves a new submission as the next arrival of today. Two arriving at the same moment collide on the unique
    /// index and the later one takes the next number. False when the same form (its key) was stored already.
    /// </summary>
    public static async Task<bool> SaveArrivalAsync<T>(this AppDbContext db, T submission, DateTime now) where T : class, IArrival
    {
        var day = ProgrammeTime.DayOf(now);
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Set<T>().Where(s => s.ReceivedOn == day).MaxAsync(s => (int?)s.ArrivalNumber) ?? 0;
            submission.Arrive(day, last + 1);
            try
            {
                await db.SaveChangesAsync();
                return true;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                if (await db.Set<T>().AsNoTracking().AnyAsync(s => s.SubmissionKey == submission.SubmissionKey))
                {
                    db.ChangeTracker.Clear();
                    return false;
                }
            }
        }
    }
}
