using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class SafetyReportConfiguration : IEntityTypeConfiguration<SafetyReport>
{
    public void Configure(EntityTypeBuilder<SafetyReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ReceiptHash).HasMaxLength(64);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Region).HasMaxLength(32).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.EncryptedNarrative).IsRequired();
        builder.Property(r => r.SmsKey).HasMaxLength(64);
        builder.Property(r => r.SmsCulture).HasMaxLength(8);
        builder.HasIndex(r => r.SmsKey);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.HasIndex(r => r.ReceiptHash);
        builder.HasIndex(r => new { r.ReceivedOn, r.ArrivalNumber }).IsUnique();
        // The desk's reports still to handle, oldest first: few of many, so a partial index in that order.
        builder.HasIndex(r => new { r.ReceivedOn, r.ArrivalNumber }, "IX_SafetyReport_ToHandle").HasFilter("\"HandledAt\" IS NULL");
        builder.HasIndex(r => r.Status);
        builder.HasMany(r => r.Identifiers).WithOne().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}
