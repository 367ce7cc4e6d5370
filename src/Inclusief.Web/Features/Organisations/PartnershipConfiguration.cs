using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Organisations;

public sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.HasKey(p => p.OrganisationId);
        builder.Property(p => p.Commitment).HasMaxLength(2000);
        builder.Property(p => p.DeclarationSignatories).HasMaxLength(500);
    }
}
