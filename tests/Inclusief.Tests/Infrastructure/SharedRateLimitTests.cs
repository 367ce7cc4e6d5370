using System.Net;
using Inclusief.Tests.Support;
using Npgsql;

namespace Inclusief.Tests.Infrastructure;

/// <summary>
/// Several instances on one PostgreSQL share their rate limits: posts spread over two instances count against one
/// limit. (SQLite is one instance by design and counts in memory: RateLimitTests.)
/// </summary>
public sealed class SharedRateLimitTests : IDisposable
{
    private static readonly Dictionary<string, string?> Limit = new() { ["RateLimits:SubmissionsPerMinute"] = "3" };

    private readonly LimitedInstance _first = new();

    private sealed class LimitedInstance : AppFactory
    {
        protected override Dictionary<string, string?> ExtraSettings => Limit;
    }

    [Fact]
    [Trait(TestDatabase.Topology, TestDatabase.SeveralInstances)]
    public async Task Posts_spread_over_two_instances_count_against_one_limit_and_leave_no_address()
    {
        Assert.True(TestDatabase.IsPostgres, TestDatabase.SeveralInstancesNeedPostgres);
        using var second = new SecondInstance(_first, Limit);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            AppFactory instance = i % 2 == 0 ? _first : second;
            statuses.Add((await instance.CreateBrowser().SubmitAsync("/Accounts/SignIn",
                new Dictionary<string, string> { ["Input.UserName"] = "raad", ["Input.Password"] = "gok " + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        await using var connection = new NpgsqlConnection(_first.Database.ConnectionString);
        await connection.OpenAsync();
        // What a copy of the database holds: per minute, a 16-byte keyed hash and a count; never an address or a time.
        await using var rows = new NpgsqlCommand("""SELECT octet_length("Key"), "WindowStart", "Count" FROM "RateLimitWindow" """, connection);
        await using var reader = await rows.ExecuteReaderAsync();
        var found = new List<(int KeyBytes, DateTime Minute, int Count)>();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetInt32(0), reader.GetDateTime(1), reader.GetInt32(2)));
        }
        Assert.Equal(4, found.Sum(r => r.Count));
        Assert.All(found, r => Assert.Equal(16, r.KeyBytes));
        Assert.All(found, r => Assert.Equal(0, r.Minute.Ticks % TimeSpan.TicksPerMinute));
    }

    public void Dispose() => _first.Dispose();
}
