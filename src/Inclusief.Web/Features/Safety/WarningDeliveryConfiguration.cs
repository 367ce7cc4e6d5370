using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class WarningDeliveryConfiguration : IEntityTypeConfiguration<WarningDelivery>
{
    public void Configure(EntityTypeBuilder<WarningDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.WarningId, d.MemberId }).IsUnique();
        builder.HasIndex(d => d.MemberId);
        // The monitoring counts deliveries per period.
        builder.HasIndex(d => d.DeliveredAt);
        builder.HasOne<SafetyWarning>().WithMany().HasForeignKey(d => d.WarningId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SafetyMember>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
