using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Complaints;

public sealed class ComplaintMessageConfiguration : IEntityTypeConfiguration<ComplaintMessage>
{
    public void Configure(EntityTypeBuilder<ComplaintMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.AuthorId).HasMaxLength(64);
        builder.Property(m => m.EncryptedText).IsRequired();
        // Not unique: a reporter and a caseworker writing at the same moment may share a number, and either order is right.
        builder.HasIndex(m => new { m.ComplaintId, m.Number });
    }
}
