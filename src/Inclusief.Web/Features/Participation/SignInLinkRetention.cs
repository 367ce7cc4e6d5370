using Inclusief.Data;
using Inclusief.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Features.Participation;

/// <summary>A mailed sign-in link is kept (with its address) only until a day after it stopped working.</summary>
public sealed class SignInLinkRetention(AppDbContext db, TimeProvider clock) : IRetentionRule
{
    public async Task<string> ApplyAsync(CancellationToken cancellationToken) => $"{await RunAsync(cancellationToken)} sign-in links removed";

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return await db.Set<SignInLink>().Where(l => l.ExpiresAt < before).ExecuteDeleteAsync(cancellationToken);
    }
}
