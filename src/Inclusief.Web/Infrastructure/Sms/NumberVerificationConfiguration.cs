using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Sms;

public sealed class NumberVerificationConfiguration : IEntityTypeConfiguration<NumberVerification>
{
    public void Configure(EntityTypeBuilder<NumberVerification> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Purpose).HasMaxLength(32).IsRequired();
        builder.Property(v => v.Owner).HasMaxLength(64).IsRequired();
        builder.Property(v => v.EncryptedNumber).IsRequired();
        builder.Property(v => v.CodeHash).HasMaxLength(64).IsRequired();
        builder.HasIndex(v => new { v.Purpose, v.Owner }).IsUnique();
    }
}
