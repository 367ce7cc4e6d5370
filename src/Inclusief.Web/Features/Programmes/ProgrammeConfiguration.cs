using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Programmes;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(80).IsRequired();
        builder.Property(p => p.NameNl).HasMaxLength(Programme.NameMaxLength).IsRequired();
        builder.Property(p => p.NameEn).HasMaxLength(Programme.NameMaxLength).IsRequired();
        builder.HasOne(p => p.TargetGroup).WithMany().HasForeignKey(p => p.TargetGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasData(new Programme
        {
            Id = Programme.InclusiefSamenwerkenId,
            Slug = "inclusief-samenwerken-in-de-stad",
            NameNl = "Inclusief samenwerken in de stad",
            NameEn = "Inclusive collaboration in the city",
            TargetGroupId = TargetGroup.SexWorkersId,
            StartsOn = new DateOnly(2021, 9, 1),
            IsActive = true,
        });
    }
}
