using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Sms;

public sealed class SmsDeliveryConfiguration : IEntityTypeConfiguration<SmsDelivery>
{
    public void Configure(EntityTypeBuilder<SmsDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Purpose).HasMaxLength(32).IsRequired();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.SealedCopy).IsRequired();
        builder.HasIndex(d => d.OutboxId).IsUnique();
        builder.HasIndex(d => d.SentAt);
    }
}
