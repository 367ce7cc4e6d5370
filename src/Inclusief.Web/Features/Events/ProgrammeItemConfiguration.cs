using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class ProgrammeItemConfiguration : IEntityTypeConfiguration<ProgrammeItem>
{
    public void Configure(EntityTypeBuilder<ProgrammeItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Title).HasMaxLength(ProgrammeItem.TitleMaxLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(ProgrammeItem.DescriptionMaxLength);
    }
}
