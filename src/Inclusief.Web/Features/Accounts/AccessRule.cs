using System.Linq.Expressions;

namespace Inclusief.Web.Features.Accounts;

/// <summary>
/// A read rule written once as an expression of the item, the user's id and whether they are staff: a resource
/// handler asks it about one loaded item, a list filters the database with it, so the two never drift apart.
/// </summary>
public sealed class AccessRule<T>(Expression<Func<T, string?, bool, bool>> rule)
{
    private readonly Func<T, string?, bool, bool> _compiled = rule.Compile();

    public bool Allows(T item, string? userId, bool staff) => _compiled(item, userId, staff);

    /// <summary>The rule for one user, as a filter; the user's values become query parameters, so every user shares one query plan.</summary>
    public Expression<Func<T, bool>> For(string? userId, bool staff)
    {
        var reader = Expression.Constant(new Reader(userId, staff));
        var body = new Substitute(new()
        {
            [rule.Parameters[1]] = Expression.Property(reader, nameof(Reader.UserId)),
            [rule.Parameters[2]] = Expression.Property(reader, nameof(Reader.Staff)),
        }).Visit(rule.Body);
        return Expression.Lambda<Func<T, bool>>(body, rule.Parameters[0]);
    }

    private sealed record Reader(string? UserId, bool Staff);

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node, node);
    }
}
