using Inclusief.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Feedback;

public sealed class FeedbackRoundConfiguration : IEntityTypeConfiguration<FeedbackRound>
{
    public void Configure(EntityTypeBuilder<FeedbackRound> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Title).HasMaxLength(FeedbackRound.TitleMaxLength).IsRequired();
        builder.Property(r => r.Introduction).HasMaxLength(FeedbackRound.TextMaxLength).IsRequired();
        builder.Property(r => r.Audience).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.CreatedById).HasMaxLength(64).IsRequired();
        builder.Property(r => r.Response).HasMaxLength(FeedbackRound.TextMaxLength);
        builder.HasIndex(r => r.Deadline);
        builder.HasOne<SubProject>().WithMany().HasForeignKey(r => r.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Questions).WithOne().HasForeignKey(q => q.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
