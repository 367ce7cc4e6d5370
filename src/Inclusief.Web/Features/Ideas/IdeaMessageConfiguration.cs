using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Ideas;

public sealed class IdeaMessageConfiguration : IEntityTypeConfiguration<IdeaMessage>
{
    public void Configure(EntityTypeBuilder<IdeaMessage> builder)
    {
        builder.HasKey(m => m.Id);
        // Set in code: a message added to a tracked idea must be saved as new.
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(Idea.TextMaxLength).IsRequired();
    }
}
