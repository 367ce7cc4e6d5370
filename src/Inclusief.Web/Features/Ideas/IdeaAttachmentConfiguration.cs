using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Ideas;

public sealed class IdeaAttachmentConfiguration : IEntityTypeConfiguration<IdeaAttachment>
{
    public void Configure(EntityTypeBuilder<IdeaAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(120).IsRequired();
        builder.Property(a => a.StoredName).HasMaxLength(64).IsRequired();
    }
}
