using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Audience).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.ReservedFor).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Title).HasMaxLength(Event.TitleMaxLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(Event.TextMaxLength).IsRequired();
        builder.Property(e => e.Venue).HasMaxLength(Event.VenueOrLinkMaxLength);
        builder.Property(e => e.OnlineLink).HasMaxLength(Event.VenueOrLinkMaxLength);
        builder.Property(e => e.Languages).HasMaxLength(Event.LanguagesMaxLength).IsRequired();
        builder.Property(e => e.TextLanguage).HasMaxLength(8).IsRequired();
        builder.Property(e => e.AccessibilityInfo).HasMaxLength(Event.AccessibilityMaxLength);
        builder.Property(e => e.InvitationCode).HasMaxLength(64);
        builder.Property(e => e.CancellationReason).HasMaxLength(Event.CancellationReasonMaxLength);
        builder.Property(e => e.Impression).HasMaxLength(Event.TextMaxLength);
        builder.Property(e => e.Agreements).HasMaxLength(Event.TextMaxLength);
        builder.Property(e => e.OpenQuestions).HasMaxLength(Event.TextMaxLength);
        builder.Property(e => e.MinorityViews).HasMaxLength(Event.TextMaxLength);
        builder.Property(e => e.CreatedById).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.StartsAt);
        // Upcoming and past lists cut on the end, not the start; the past is listed in this order (InListOrder).
        builder.HasIndex(e => new { e.EndsAt, e.Id });
        builder.HasIndex(e => e.TrajectoryId);
        builder.HasMany(e => e.Rounds).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.ProgrammeItems).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Speakers).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
