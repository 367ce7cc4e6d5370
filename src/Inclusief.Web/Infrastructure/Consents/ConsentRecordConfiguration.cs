using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Consents;

public sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> builder)
    {
        builder.ToTable("Consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SubjectType).HasMaxLength(32).IsRequired();
        builder.Property(c => c.SubjectId).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Purpose).HasMaxLength(64).IsRequired();
        builder.Property(c => c.WordingVersion).HasMaxLength(32).IsRequired();
        builder.HasIndex(c => new { c.SubjectType, c.SubjectId, c.Purpose });
    }
}
