using Inclusief.Data;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

public static class SaveOnce
{
    /// <summary>
    /// Saves a new row that a unique index allows once (a form's one-time key, one answer per person). When the same
    /// form was sent twice at the same moment, the other request stored it: that is not an error, and false says so.
    /// Any other refusal is a real failure and is thrown.
    /// </summary>
    public static async Task<bool> SaveOnceAsync(this AppDbContext db, Func<AppDbContext, Task<bool>> storedMeanwhile)
    {
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await storedMeanwhile(db))
            {
                return false;
            }
            throw;
        }
    }
}
