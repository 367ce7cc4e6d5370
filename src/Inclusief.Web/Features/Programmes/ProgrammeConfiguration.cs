using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Programmes;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(Programme.NameMaxLength).IsRequired();
        builder.OwnsTranslations(p => p.NameTranslations, "ProgrammeNameTranslations", Programme.NameMaxLength);
        builder.HasOne(p => p.TargetGroup).WithMany().HasForeignKey(p => p.TargetGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(new Programme
        {
            Id = Programme.InclusiefSamenwerkenId,
            Slug = "inclusief-samenwerken-in-de-stad",
            Name = "Inclusief samenwerken in de stad",
            TargetGroupId = TargetGroup.SexWorkersId,
            StartsOn = new DateOnly(2021, 9, 1),
            IsActive = true,
        });
        builder.OwnsMany(p => p.NameTranslations).HasData(
            new (string Culture, string Text)[]
            {
                ("en", "Inclusive collaboration in the city"),
                ("ro", "Colaborare incluzivă în oraș"),
                ("bg", "Приобщаващо сътрудничество в града"),
                ("hu", "Inkluzív együttműködés a városban"),
                ("pl", "Inkluzywna współpraca w mieście"),
                ("es", "Colaboración inclusiva en la ciudad")
            }.Select(t => new { OwnerId = Programme.InclusiefSamenwerkenId, t.Culture, t.Text }).ToArray());
    }
}
