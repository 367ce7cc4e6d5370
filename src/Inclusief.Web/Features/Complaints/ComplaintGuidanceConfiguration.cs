using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Complaints;

public sealed class ComplaintGuidanceConfiguration : IEntityTypeConfiguration<ComplaintGuidance>
{
    public void Configure(EntityTypeBuilder<ComplaintGuidance> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Category).HasConversion<string>().HasMaxLength(32);
        builder.Property(g => g.Culture).HasMaxLength(8);
        builder.Property(g => g.Markdown).HasMaxLength(ComplaintGuidance.MaxLength).IsRequired();
        builder.Property(g => g.UpdatedById).HasMaxLength(64);
        builder.HasIndex(g => new { g.Category, g.Culture }).IsUnique();
    }
}
