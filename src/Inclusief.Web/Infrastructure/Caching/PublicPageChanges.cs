using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Inclusief.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the public pages a save changes, so that "nog 12 plaatsen" is right at the next visit. The tags are read
/// from what the change tracker is about to write; the eviction happens once the data is committed (after the save,
/// or after the surrounding transaction), never before, or a visitor in between would cache the old page again.
/// Bulk updates (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>) bypass the tracker: the few that change what a public
/// page shows say so with <see cref="ChangedAsync"/>, which evicts on the same terms. Bulk inserts
/// (<see cref="Database.BulkInsert"/>) refuse entities a public page shows.
/// Contexts are pooled: tags of a transaction that was abandoned (disposed without commit or rollback) stay with the
/// context and are evicted at its next committed save, in a later request: an eviction too many, never a stale page.
/// </summary>
public sealed class PublicPageChanges(PublicPageEvictions evictions) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();

    /// <summary>For a bulk update of <paramref name="tag"/>'s data: evicts now, or when the surrounding transaction commits.</summary>
    public Task ChangedAsync(DbContext context, string tag)
    {
        _pending.GetOrCreateValue(context).Add(tag);
        return FlushIfCommitted(context);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushIfCommitted(eventData.Context).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushIfCommitted(eventData.Context);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ForgetIfOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetIfOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => FlushAsync(eventData.Context).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) => FlushAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        HashSet<string>? tags = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && TagOf(entry.Metadata) is { } tag)
            {
                (tags ??= _pending.GetOrCreateValue(context)).Add(tag);
            }
        }
    }

    // An owned row (a translation) belongs to the feature of the entity that owns it.
    private static string? TagOf(Microsoft.EntityFrameworkCore.Metadata.IEntityType type)
    {
        while (type.FindOwnership() is { } ownership)
        {
            type = ownership.PrincipalEntityType;
        }
        return PublicPages.TagOf(type.ClrType);
    }

    private Task FlushIfCommitted(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? FlushAsync(context) : Task.CompletedTask;

    private async Task FlushAsync(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var tags) && tags.Count > 0)
        {
            var evict = tags.ToList();
            tags.Clear();
            await evictions.EvictAsync(evict);
        }
    }

    private void ForgetIfOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var tags))
        {
            tags.Clear();
        }
    }
}
