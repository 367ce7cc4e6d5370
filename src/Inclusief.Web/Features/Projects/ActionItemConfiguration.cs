using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Description).HasMaxLength(ActionItem.DescriptionMaxLength).IsRequired();
        builder.Property(e => e.OwnerId).HasMaxLength(64);
        builder.Property(e => e.Goal).HasMaxLength(ActionItem.GoalMaxLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
    }
}
