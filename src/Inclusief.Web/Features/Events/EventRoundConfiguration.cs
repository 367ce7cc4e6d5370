using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class EventRoundConfiguration : IEntityTypeConfiguration<EventRound>
{
    public void Configure(EntityTypeBuilder<EventRound> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(EventRound.TitleMaxLength).IsRequired();
        builder.HasMany(r => r.Sessions).WithOne().HasForeignKey(s => s.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
