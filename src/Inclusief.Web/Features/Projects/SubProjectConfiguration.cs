using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class SubProjectConfiguration : IEntityTypeConfiguration<SubProject>
{
    public void Configure(EntityTypeBuilder<SubProject> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(SubProject.TitleMaxLength).IsRequired();
        builder.Property(p => p.Question).HasMaxLength(SubProject.TextMaxLength).IsRequired();
        builder.Property(p => p.Goal).HasMaxLength(SubProject.TextMaxLength);
        builder.Property(p => p.MunicipalityCode).HasMaxLength(6);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Visibility).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.SubProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
