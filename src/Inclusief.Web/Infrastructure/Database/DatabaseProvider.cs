namespace Inclusief.Web.Infrastructure.Database;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
