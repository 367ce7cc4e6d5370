using Inclusief.Data;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Privacy;

/// <summary>
/// An anonymous submission keeps the programme day it arrived and its place in that day's queue, never the
/// time: a time of day can be matched against a proxy log, a phone's history or someone's memory of who was
/// online. The form's one-time key makes the same form sent twice one submission.
/// </summary>
public interface IArrival
{
    Guid SubmissionKey { get; }

    DateOnly ReceivedOn { get; }

    /// <summary>1 for the day's first submission, 2 for the next…; a unique index with the day keeps it exact.</summary>
    int ArrivalNumber { get; }

    void Arrive(DateOnly day, int number);
}

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
