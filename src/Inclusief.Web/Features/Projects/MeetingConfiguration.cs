using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Title).HasMaxLength(Meeting.TitleMaxLength).IsRequired();
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.OnlineLink).HasMaxLength(300);
        builder.Property(e => e.Agenda).HasMaxLength(SubProject.TextMaxLength);
        builder.Property(e => e.ChairName).HasMaxLength(Meeting.ChairMaxLength);
        builder.Property(e => e.Minutes).HasMaxLength(SubProject.TextMaxLength * 2);
        builder.Property(e => e.Decisions).HasMaxLength(SubProject.TextMaxLength);
    }
}
