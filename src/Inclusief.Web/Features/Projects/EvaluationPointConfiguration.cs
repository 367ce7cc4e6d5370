using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class EvaluationPointConfiguration : IEntityTypeConfiguration<EvaluationPoint>
{
    public void Configure(EntityTypeBuilder<EvaluationPoint> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Findings).HasMaxLength(SubProject.TextMaxLength).IsRequired();
        builder.Property(e => e.Decision).HasConversion<string>().HasMaxLength(16);
    }
}
