using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

/// <summary>A phone number, plate or name as the safety network keeps it: a keyed hash for matching and a masked form for display, never the value.</summary>
public abstract class StoredIdentifier
{
    public Guid Id { get; protected init; } = Guid.NewGuid();

    public IdentifierKind Kind { get; protected init; }

    public string Hash { get; protected init; } = "";

    public string Masked { get; protected init; } = "";

    /// <summary>The columns every kept identifier has, for the configuration of each table.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : StoredIdentifier
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Hash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Masked).HasMaxLength(100).IsRequired();
        builder.HasIndex(i => i.Hash);
    }
}
