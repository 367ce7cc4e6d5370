using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Title).HasMaxLength(ProjectResult.TitleMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(SubProject.TextMaxLength).IsRequired();
        builder.Property(e => e.Evidence).HasMaxLength(SubProject.TextMaxLength);
        builder.HasIndex(e => e.PublishedAt);
    }
}
