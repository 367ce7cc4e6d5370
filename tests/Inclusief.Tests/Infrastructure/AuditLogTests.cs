using Inclusief.Data;
using Inclusief.Tests.Support;
using Inclusief.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inclusief.Tests.Infrastructure;

[Collection(SharedApp.Name)]
public sealed class AuditLogTests(AppFactory app)
{
    private async Task<long> RecordAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record("actor-1", "viewed", "user", Guid.NewGuid().ToString());
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.SaveChangesAsync();
        return await db.Set<AuditEntry>().MaxAsync(e => e.Id);
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_changed()
    {
        var id = await RecordAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var entry = await db.Set<AuditEntry>().SingleAsync(e => e.Id == id);

        db.Entry(entry).Property(e => e.Action).CurrentValue = "nothing-happened";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_deleted()
    {
        var id = await RecordAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Set<AuditEntry>().Remove(await db.Set<AuditEntry>().SingleAsync(e => e.Id == id));

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }
}
