using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Conversation;

public sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.SubjectKind).HasConversion<string>().HasMaxLength(24);
        builder.Property(c => c.SubjectKey).HasMaxLength(CommentSubject.KeyMaxLength).IsRequired();
        builder.Property(c => c.AuthorId).HasMaxLength(64);
        builder.Property(c => c.Text).HasMaxLength(Comment.TextMaxLength).IsRequired();
        builder.Property(c => c.HiddenReason).HasMaxLength(Comment.HiddenReasonMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // A thread's page: its comments in order, found without reading any other thread.
        builder.HasIndex(c => new { c.SubjectKind, c.SubjectKey, c.ParentId, c.CreatedAt });
        // The limit per account counts an author's recent comments.
        builder.HasIndex(c => new { c.AuthorId, c.CreatedAt });
        builder.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
