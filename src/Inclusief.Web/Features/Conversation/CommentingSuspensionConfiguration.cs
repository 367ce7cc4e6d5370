using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Conversation;

public sealed class CommentingSuspensionConfiguration : IEntityTypeConfiguration<CommentingSuspension>
{
    public void Configure(EntityTypeBuilder<CommentingSuspension> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(CommentingSuspension.ReasonMaxLength).IsRequired();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
