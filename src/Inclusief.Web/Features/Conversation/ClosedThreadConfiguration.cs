using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Conversation;

public sealed class ClosedThreadConfiguration : IEntityTypeConfiguration<ClosedThread>
{
    public void Configure(EntityTypeBuilder<ClosedThread> builder)
    {
        builder.HasKey(t => new { t.SubjectKind, t.SubjectKey });
        builder.Property(t => t.SubjectKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.SubjectKey).HasMaxLength(CommentSubject.KeyMaxLength);
    }
}
