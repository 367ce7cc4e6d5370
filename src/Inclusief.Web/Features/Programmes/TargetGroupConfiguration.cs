using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Programmes;

public sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.Property(g => g.Slug).HasMaxLength(80).IsRequired();
        builder.Property(g => g.NameNl).HasMaxLength(200).IsRequired();
        builder.Property(g => g.NameEn).HasMaxLength(200).IsRequired();
        builder.HasData(new TargetGroup
        {
            Id = TargetGroup.SexWorkersId,
            Slug = "sekswerkers",
            NameNl = "Sekswerkers",
            NameEn = "Sex workers",
        });
    }
}
