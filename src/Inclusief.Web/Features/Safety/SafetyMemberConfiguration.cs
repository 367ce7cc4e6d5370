using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class SafetyMemberConfiguration : IEntityTypeConfiguration<SafetyMember>
{
    public void Configure(EntityTypeBuilder<SafetyMember> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.UserId).HasMaxLength(64).IsRequired();
        builder.Property(m => m.WorkingName).HasMaxLength(100).IsRequired();
        builder.Property(m => m.EncryptedEmail).IsRequired();
        builder.Property(m => m.Regions).HasMaxLength(300).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.StatusReason).HasMaxLength(1000);
        builder.Property(m => m.PendingRegions).HasMaxLength(500);
        builder.Property(m => m.OutreachOrganisation).HasMaxLength(200);
        builder.Property(m => m.RejectionReason).HasMaxLength(1000);
        builder.Property(m => m.DecidedById).HasMaxLength(64);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.Property(m => m.PhoneKey).HasMaxLength(64);
        builder.Property(m => m.SmsWording).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(m => m.PhoneKey);
        builder.HasIndex(m => m.Status);
    }
}
