using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class WarningIdentifierConfiguration : IEntityTypeConfiguration<WarningIdentifier>
{
    public void Configure(EntityTypeBuilder<WarningIdentifier> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Hash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Masked).HasMaxLength(100).IsRequired();
        builder.HasIndex(i => i.Hash);
    }
}
