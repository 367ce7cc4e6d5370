using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Notifications;

public sealed class FollowConfiguration : IEntityTypeConfiguration<Follow>
{
    public void Configure(EntityTypeBuilder<Follow> builder)
    {
        builder.HasKey(f => new { f.UserId, f.Target, f.Key });
        builder.Property(f => f.UserId).HasMaxLength(64);
        builder.Property(f => f.Target).HasConversion<string>().HasMaxLength(24);
        builder.Property(f => f.Key).HasMaxLength(Follow.KeyMaxLength);
        // Who follows an item: the fan-out of every notification.
        builder.HasIndex(f => new { f.Target, f.Key });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
