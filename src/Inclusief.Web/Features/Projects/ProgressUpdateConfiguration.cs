using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.AuthorId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Text).HasMaxLength(SubProject.TextMaxLength).IsRequired();
    }
}
