namespace Inclusief.Tests.Support;

/// <summary>
/// A test of what several instances sharing one PostgreSQL do (the production topology). On SQLite, one instance by
/// design, the run reports it as skipped rather than passed.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.IsPostgres)
        {
            Skip = "Several instances share PostgreSQL only; SQLite is one instance.";
        }
    }
}
