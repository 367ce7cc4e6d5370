using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Features.Programmes;
using Inclusief.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Data;

[Collection(SharedApp.Name)]
public sealed class MigrationTests(AppFactory app)
{
    private static AppDbContext Context(Action<DbContextOptionsBuilder<AppDbContext>> provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        options.UseModelAssemblies(typeof(Program).Assembly);
        provider(options);
        return new AppDbContext(options.Options);
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Context(o => o.UseSqlite("Data Source=:memory:", s => s.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)));
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: the model changed since the last one.");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = Context(o => o.UseNpgsql("Host=localhost;Database=unused", s => s.MigrationsAssembly(DatabaseSetup.PostgresMigrationsAssembly)));
        Assert.False(db.Database.HasPendingModelChanges(), "Add a PostgreSQL migration: the model changed since the last one.");
    }

    [Fact]
    public async Task The_first_programme_and_its_target_group_exist_as_data()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var programme = await db.Set<Programme>().Include(p => p.TargetGroup).SingleAsync(p => p.Id == Programme.InclusiefSamenwerkenId);

        Assert.Equal("Inclusief samenwerken in de stad", programme.Name);
        Assert.Equal("Sekswerkers", programme.TargetGroup!.Name);
        Assert.Equal(TestDatabase.IsPostgres ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
    }
}
