using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Ideas;

public sealed class IdeaSupportConfiguration : IEntityTypeConfiguration<IdeaSupport>
{
    public void Configure(EntityTypeBuilder<IdeaSupport> builder)
    {
        // Once per account: a second click, a second tab or a script counts once.
        builder.HasKey(s => new { s.IdeaId, s.UserId });
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
