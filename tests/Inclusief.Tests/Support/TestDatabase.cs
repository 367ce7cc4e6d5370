using Microsoft.Data.Sqlite;
using Npgsql;

namespace Inclusief.Tests.Support;

/// <summary>
/// The database a test host runs on: a private in-memory SQLite database by default, or a fresh
/// PostgreSQL database when INCLUSIEF_TEST_POSTGRES holds a server connection string (test.sh sets it).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? _keepAlive;
    private readonly string? _postgresServer;
    private readonly string? _postgresDatabase;

    public TestDatabase()
    {
        _postgresServer = Environment.GetEnvironmentVariable("INCLUSIEF_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(_postgresServer))
        {
            ConnectionString = $"Data Source=file:inclusief-{Guid.NewGuid():N}?mode=memory&cache=shared";
            // The in-memory database lives as long as one connection to it stays open.
            _keepAlive = new SqliteConnection(ConnectionString);
            _keepAlive.Open();
            Provider = "Sqlite";
        }
        else
        {
            _postgresDatabase = $"inclusief_test_{Guid.NewGuid():N}";
            ConnectionString = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = _postgresDatabase }.ConnectionString;
            Provider = "Postgres";
        }
    }

    /// <summary>
    /// The trait of tests of several instances sharing one PostgreSQL (the production topology). SQLite is one instance
    /// by design: test.sh leaves these out of the SQLite run and runs them on PostgreSQL.
    /// </summary>
    public const string Topology = "Topology";

    public const string SeveralInstances = "SeveralInstances";

    public const string SeveralInstancesNeedPostgres = "Several instances share PostgreSQL only: run with INCLUSIEF_TEST_POSTGRES (test.sh does), or filter Topology!=SeveralInstances.";

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("INCLUSIEF_TEST_POSTGRES"));

    public string Provider { get; }

    public string ConnectionString { get; }

    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Provider,
        [$"ConnectionStrings:{Provider}"] = ConnectionString,
    };

    public void Dispose()
    {
        _keepAlive?.Dispose();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
