using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class EventFeedbackConfiguration : IEntityTypeConfiguration<EventFeedback>
{
    public void Configure(EntityTypeBuilder<EventFeedback> builder)
    {
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Valuable).HasMaxLength(EventFeedback.TextMaxLength);
        builder.Property(f => f.Improvement).HasMaxLength(EventFeedback.TextMaxLength);
        builder.HasIndex(f => f.RegistrationId).IsUnique();
        builder.HasIndex(f => f.EventId);
        builder.HasOne<EventRegistration>().WithMany().HasForeignKey(f => f.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
