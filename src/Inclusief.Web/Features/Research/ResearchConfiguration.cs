using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Research;

public sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Title).HasMaxLength(Trajectory.TitleMaxLength).IsRequired();
        builder.Property(t => t.MunicipalityCode).HasMaxLength(8);
        builder.Property(t => t.Question).HasMaxLength(Trajectory.TextMaxLength).IsRequired();
        builder.Property(t => t.Partners).HasMaxLength(Trajectory.TextMaxLength);
        builder.Property(t => t.Facilitators).HasMaxLength(Trajectory.FacilitatorsMaxLength);
        builder.Property(t => t.Phase).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.InventoryCode).HasMaxLength(64).IsRequired();
        builder.Property(t => t.CreatedById).HasMaxLength(64).IsRequired();
        builder.HasIndex(t => t.InventoryCode).IsUnique();
    }
}

public sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Group).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Pseudonym).HasMaxLength(100);
        foreach (var field in new[] { nameof(Contribution.CurrentSituation), nameof(Contribution.DesiredSituation), nameof(Contribution.Needs), nameof(Contribution.SolutionDirections), nameof(Contribution.Motivation), nameof(Contribution.Assets) })
        {
            builder.Property(field).HasMaxLength(Contribution.FieldMaxLength);
        }
        builder.Property(c => c.Themes).HasMaxLength(1000);
        builder.Ignore(c => c.ThemeList);
        builder.HasIndex(c => c.TrajectoryId);
        builder.HasOne<Trajectory>().WithMany().HasForeignKey(c => c.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchActionConfiguration : IEntityTypeConfiguration<ResearchAction>
{
    public void Configure(EntityTypeBuilder<ResearchAction> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Title).HasMaxLength(300).IsRequired();
        builder.Property(a => a.Owner).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Theme).HasMaxLength(80);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.TrajectoryId);
        builder.HasOne<Trajectory>().WithMany().HasForeignKey(a => a.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ResearchMeetingConfiguration : IEntityTypeConfiguration<ResearchMeeting>
{
    public void Configure(EntityTypeBuilder<ResearchMeeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Topic).HasMaxLength(ResearchMeeting.TopicMaxLength).IsRequired();
        builder.Property(m => m.Participants).HasMaxLength(ResearchMeeting.ParticipantsMaxLength);
        builder.Property(m => m.Notes).HasMaxLength(Trajectory.TextMaxLength);
        builder.Property(m => m.Decisions).HasMaxLength(Trajectory.TextMaxLength);
        builder.HasIndex(m => m.TrajectoryId);
        builder.HasOne<Trajectory>().WithMany().HasForeignKey(m => m.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
