using Inclusief.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class InvolvedOrganisationConfiguration : IEntityTypeConfiguration<InvolvedOrganisation>
{
    public void Configure(EntityTypeBuilder<InvolvedOrganisation> builder)
    {
        builder.HasKey(e => new { e.SubProjectId, e.OrganisationId });
        builder.Property(e => e.Role).HasMaxLength(InvolvedOrganisation.RoleMaxLength);
        builder.HasOne<SubProject>().WithMany().HasForeignKey(e => e.SubProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}
