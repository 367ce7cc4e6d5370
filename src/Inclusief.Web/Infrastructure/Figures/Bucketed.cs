using System.Linq.Expressions;

namespace Inclusief.Web.Infrastructure.Figures;

/// <summary>A row reduced to what a figure over time groups by: a key (a form, a category) and its bucket.</summary>
public sealed class Bucketed<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Bucket { get; init; }
}

/// <summary>How many rows of one key fell in one bucket.</summary>
public sealed class BucketCount<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Bucket { get; init; }

    public int Count { get; init; }
}

public static class BucketedQueries
{
    /// <summary>How many rows fall in each bucket for each key: one grouped query.</summary>
    public static IQueryable<BucketCount<TKey>> CountPerBucket<T, TKey, TValue>(
        this IQueryable<T> rows, Expression<Func<T, TKey>> key, Expression<Func<T, TValue>> at, IReadOnlyList<TValue> starts)
    {
        var bucket = FigurePeriod.BucketOf(at, starts);
        var parameter = key.Parameters[0];
        var body = Expression.MemberInit(Expression.New(typeof(Bucketed<TKey>)),
            Expression.Bind(typeof(Bucketed<TKey>).GetProperty(nameof(Bucketed<TKey>.Key))!, key.Body),
            Expression.Bind(typeof(Bucketed<TKey>).GetProperty(nameof(Bucketed<TKey>.Bucket))!, new Rebind(bucket.Parameters[0], parameter).Visit(bucket.Body)));
        return rows.Select(Expression.Lambda<Func<T, Bucketed<TKey>>>(body, parameter))
            .GroupBy(b => new { b.Key, b.Bucket })
            .Select(g => new BucketCount<TKey> { Key = g.Key.Key, Bucket = g.Key.Bucket, Count = g.Count() });
    }

    /// <summary>How many rows fall in each bucket: one grouped query.</summary>
    public static IQueryable<BucketCount<int>> CountPerBucket<T, TValue>(this IQueryable<T> rows, Expression<Func<T, TValue>> at, IReadOnlyList<TValue> starts) =>
        rows.Select(FigurePeriod.BucketOf(at, starts)).GroupBy(bucket => bucket).Select(g => new BucketCount<int> { Key = 0, Bucket = g.Key, Count = g.Count() });

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
