using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Projects;

public sealed class WorkGroupMemberConfiguration : IEntityTypeConfiguration<WorkGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkGroupMember> builder)
    {
        builder.HasKey(m => new { m.SubProjectId, m.UserId });
        builder.Property(m => m.UserId).HasMaxLength(64);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
