using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Programmes;

public sealed class TargetGroupConfiguration : IEntityTypeConfiguration<TargetGroup>
{
    public void Configure(EntityTypeBuilder<TargetGroup> builder)
    {
        builder.HasKey(g => g.Id);
        builder.HasIndex(g => g.Slug).IsUnique();
        builder.Property(g => g.Slug).HasMaxLength(80).IsRequired();
        builder.Property(g => g.Name).HasMaxLength(200).IsRequired();
        builder.OwnsTranslations(g => g.NameTranslations, "TargetGroupNameTranslations", 200);
        builder.HasData(new TargetGroup
        {
            Id = TargetGroup.SexWorkersId,
            Slug = "sekswerkers",
            Name = "Sekswerkers",
        });
        builder.OwnsMany(g => g.NameTranslations).HasData(
            new (string Culture, string Text)[]
            {
                ("en", "Sex workers"),
                ("ro", "Lucrători sexuali"),
                ("bg", "Секс работници"),
                ("hu", "Szexmunkások"),
                ("pl", "Osoby świadczące usługi seksualne"),
                ("es", "Trabajadores sexuales")
            }.Select(t => new { OwnerId = TargetGroup.SexWorkersId, t.Culture, t.Text }).ToArray());
    }
}
