using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class SessionChoiceConfiguration : IEntityTypeConfiguration<SessionChoice>
{
    public void Configure(EntityTypeBuilder<SessionChoice> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.RegistrationId, c.RoundId }).IsUnique();
        builder.HasIndex(c => new { c.SessionId, c.Status, c.QueuePosition });
        builder.HasOne<EventSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
