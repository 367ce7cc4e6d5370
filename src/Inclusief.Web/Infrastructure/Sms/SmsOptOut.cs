using System.Linq.Expressions;
using Inclusief.Data;
using Inclusief.Web.Infrastructure.Crypto;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Sms;

/// <summary>One kind of row that holds a number's key: a STOP finds every such row and stops it there, in the caller's unit of work.</summary>
public sealed class SmsOptOut<T>(AppDbContext db, MasterKey masterKey, string scope, Func<string, Expression<Func<T, bool>>> holding, Action<T> stop) : ISmsOptOut
    where T : class
{
    public async Task<int> StopAsync(MobileNumber number)
    {
        var found = await db.Set<T>().Where(holding(number.KeyWith(masterKey, scope))).ToListAsync();
        found.ForEach(stop);
        return found.Count;
    }
}

public static class SmsOptOutRegistration
{
    /// <summary>
    /// A feature names the rows that hold a number's key in <paramref name="scope"/> (<paramref name="holding"/>) and how one
    /// stops (<paramref name="stop"/>).
    /// </summary>
    public static IServiceCollection AddSmsOptOut<T>(this IServiceCollection services, string scope, Func<string, Expression<Func<T, bool>>> holding, Action<T> stop)
        where T : class =>
        services.AddScoped<ISmsOptOut>(provider => new SmsOptOut<T>(provider.GetRequiredService<AppDbContext>(), provider.GetRequiredService<MasterKey>(), scope, holding, stop));
}
