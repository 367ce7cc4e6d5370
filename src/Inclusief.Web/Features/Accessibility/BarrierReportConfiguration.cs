using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Accessibility;

public sealed class BarrierReportConfiguration : IEntityTypeConfiguration<BarrierReport>
{
    public void Configure(EntityTypeBuilder<BarrierReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.HasIndex(r => new { r.ReceivedOn, r.ArrivalNumber }).IsUnique();
        builder.Property(r => r.Culture).HasMaxLength(8);
        builder.Property(r => r.AnsweredById).HasMaxLength(450);
    }
}
