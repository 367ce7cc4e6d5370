using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Participation;

public sealed class IntakeConversationConfiguration : IEntityTypeConfiguration<IntakeConversation>
{
    public void Configure(EntityTypeBuilder<IntakeConversation> builder)
    {
        builder.HasKey(i => i.Id);
        // The id is set in code, so a conversation added to a tracked participant is recognised as new.
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Location).HasMaxLength(200);
        builder.Property(i => i.OnlineLink).HasMaxLength(300);
        builder.Property(i => i.RequestNote).HasMaxLength(500);
        builder.Property(i => i.CalendarUid).HasMaxLength(100).IsRequired();
    }
}
