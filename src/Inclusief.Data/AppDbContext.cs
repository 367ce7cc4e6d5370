using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Data;

/// <summary>
/// The one DbContext. Feature entities are reached with <c>Set&lt;T&gt;()</c>; their mapping comes from the
/// <see cref="IEntityTypeConfiguration{TEntity}"/> classes in the model assemblies. Contexts are pooled: it takes
/// nothing but its options and keeps no state of its own between requests.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
            user.Property(u => u.PreferredCulture).HasMaxLength(8);
            // Addresses are optional and may repeat while unconfirmed; a confirmed one finds exactly one account
            // (reset and sign-in links go to it). TRUE is understood by SQLite and PostgreSQL alike.
            user.HasIndex(u => u.NormalizedEmail, "ConfirmedEmailIndex").IsUnique().HasFilter("\"EmailConfirmed\" = TRUE");
            // The account list sorts by name.
            user.HasIndex(u => new { u.DisplayName, u.UserName });
        });
        var modelAssemblies = options.FindExtension<ModelAssemblies>()
            ?? throw new InvalidOperationException("The context's options name no model assemblies (UseModelAssemblies).");
        foreach (var assembly in modelAssemblies.Assemblies)
        {
            builder.ApplyConfigurationsFromAssembly(assembly);
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands values back as Unspecified and Npgsql rejects those for timestamptz.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
