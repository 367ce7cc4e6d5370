using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class EventSessionConfiguration : IEntityTypeConfiguration<EventSession>
{
    public void Configure(EntityTypeBuilder<EventSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(EventSession.TitleMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(EventSession.DescriptionMaxLength);
        builder.Property(s => s.Room).HasMaxLength(EventSession.RoomMaxLength);
    }
}
