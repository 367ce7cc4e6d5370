using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Safety;

public sealed class SafetyWarningConfiguration : IEntityTypeConfiguration<SafetyWarning>
{
    public void Configure(EntityTypeBuilder<SafetyWarning> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(w => w.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(w => w.Text).HasMaxLength(SafetyWarning.TextMaxLength).IsRequired();
        builder.Property(w => w.Regions).HasMaxLength(300).IsRequired();
        builder.Property(w => w.WrittenById).HasMaxLength(64).IsRequired();
        builder.Property(w => w.ApprovedById).HasMaxLength(64);
        builder.HasIndex(w => new { w.Status, w.ExpiresAt });
        // The report may be deleted by the retention rule while the warning lives on.
        builder.HasOne<SafetyReport>().WithMany().HasForeignKey(w => w.ReportId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(w => w.Identifiers).WithOne().HasForeignKey(i => i.WarningId).OnDelete(DeleteBehavior.Cascade);
    }
}
