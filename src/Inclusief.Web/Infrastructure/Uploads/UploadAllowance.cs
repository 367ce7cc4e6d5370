using Inclusief.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Uploads;

/// <summary>What an account has uploaded on its latest upload day: the count behind the daily quota, nothing more.</summary>
public class UploadAllowance
{
    public string UserId { get; private set; } = "";

    public DateOnly Day { get; private set; }

    public int Files { get; private set; }

    public long Bytes { get; private set; }
}

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
