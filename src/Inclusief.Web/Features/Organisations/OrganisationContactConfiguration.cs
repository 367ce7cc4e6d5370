using Inclusief.Web.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Organisations;

public sealed class OrganisationContactConfiguration : IEntityTypeConfiguration<OrganisationContact>
{
    public void Configure(EntityTypeBuilder<OrganisationContact> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(120).IsRequired();
        builder.Property(c => c.Role).HasMaxLength(120);
        builder.Property(c => c.Email).HasMaxLength(ContactDetails.EmailMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
    }
}
