using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Notifications;

public sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        // Numbered by the database, so a run writes thousands in bulk; the pair is what makes a period's digest once.
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.UserId, d.Period }).IsUnique();
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.Property(d => d.Period).HasMaxLength(DigestDelivery.PeriodMaxLength);
        builder.HasIndex(d => d.QueuedAt);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
