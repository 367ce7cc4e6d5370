using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Notifications;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.UserId).HasMaxLength(64).IsRequired();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.Target).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.TargetKey).HasMaxLength(Follow.KeyMaxLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength).IsRequired();
        builder.Property(n => n.Path).HasMaxLength(Notification.PathMaxLength).IsRequired();
        // "Mijn meldingen", newest first, and its unread count in the menu.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        // A digest run: who has mail waiting.
        builder.HasIndex(n => new { n.MailedAt, n.UserId });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
