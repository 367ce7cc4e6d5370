using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Infrastructure.Jobs;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Kind).HasMaxLength(64).IsRequired();
        builder.Property(m => m.Payload).IsRequired();
        builder.Property(m => m.LeasedBy).HasMaxLength(64);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.HasIndex(m => new { m.ProcessedAt, m.FailedAt, m.DueAt });
        // The health check counts recent failures.
        builder.HasIndex(m => m.FailedAt);
    }
}
