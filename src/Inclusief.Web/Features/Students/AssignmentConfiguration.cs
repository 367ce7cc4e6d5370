using Inclusief.Data;
using Inclusief.Web.Features.Ideas;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Projects;
using Inclusief.Web.Features.Research;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Students;

public sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Title).HasMaxLength(Assignment.TitleMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Assignment.DescriptionMaxLength).IsRequired();
        builder.Property(a => a.Lecturer).HasMaxLength(Assignment.NameMaxLength).IsRequired();
        builder.Property(a => a.StudyProgramme).HasMaxLength(Assignment.NameMaxLength).IsRequired();
        builder.Property(a => a.CreatedById).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
        builder.HasIndex(a => a.SubProjectId);
        builder.HasOne<SubProject>().WithMany().HasForeignKey(a => a.SubProjectId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Idea>().WithMany().HasForeignKey(a => a.IdeaId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Trajectory>().WithMany().HasForeignKey(a => a.TrajectoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<KnowledgeItem>().WithMany().HasForeignKey(a => a.ProductItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Applications).WithOne().HasForeignKey(p => p.AssignmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AssignmentApplicationConfiguration : IEntityTypeConfiguration<AssignmentApplication>
{
    public void Configure(EntityTypeBuilder<AssignmentApplication> builder)
    {
        builder.HasKey(a => a.Id);
        // Made by the assignment (Apply) with its key: added through the collection, it is new, not a row to update.
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserId).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        // Empty once the reaction is decided against, withdrawn or the assignment closed.
        builder.Property(a => a.EncryptedMotivation).IsRequired();
        builder.HasIndex(a => new { a.AssignmentId, a.UserId }).IsUnique();
        builder.HasIndex(a => a.UserId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
