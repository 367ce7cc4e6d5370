using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Uploads;

public sealed class UploadAllowanceConfiguration : IEntityTypeConfiguration<UploadAllowance>
{
    public void Configure(EntityTypeBuilder<UploadAllowance> builder)
    {
        builder.HasKey(a => a.UserId);
        builder.Property(a => a.UserId).HasMaxLength(64);
        // Leaving deletes the account, and its count with it.
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
