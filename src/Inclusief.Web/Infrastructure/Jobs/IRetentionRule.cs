namespace Inclusief.Web.Infrastructure.Jobs;

/// <summary>A feature's rule for removing what it no longer needs; the retention worker applies every rule regularly.</summary>
public interface IRetentionRule
{
    /// <summary>Applies the rule once; returns a line for the log (counts only, never content).</summary>
    Task<string> ApplyAsync(CancellationToken cancellationToken);
}
