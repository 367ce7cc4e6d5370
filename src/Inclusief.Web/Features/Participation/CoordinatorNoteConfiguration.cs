using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Participation;

public sealed class CoordinatorNoteConfiguration : IEntityTypeConfiguration<CoordinatorNote>
{
    public void Configure(EntityTypeBuilder<CoordinatorNote> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.AuthorId).HasMaxLength(64).IsRequired();
        builder.Property(n => n.EncryptedText).IsRequired();
        builder.HasOne<Participant>().WithMany().HasForeignKey(n => n.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
