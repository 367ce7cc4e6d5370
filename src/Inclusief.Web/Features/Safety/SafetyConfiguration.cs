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
        builder.Property(m => m.OutreachOrganisation).HasMaxLength(200);
        builder.Property(m => m.RejectionReason).HasMaxLength(1000);
        builder.Property(m => m.DecidedById).HasMaxLength(64);
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasIndex(m => m.Status);
    }
}

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
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.HasIndex(r => r.ReceiptHash);
        builder.HasIndex(r => new { r.Status, r.CreatedAt });
        builder.HasMany(r => r.Identifiers).WithOne().HasForeignKey(i => i.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReportIdentifierConfiguration : IEntityTypeConfiguration<ReportIdentifier>
{
    public void Configure(EntityTypeBuilder<ReportIdentifier> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Hash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Masked).HasMaxLength(100).IsRequired();
        builder.HasIndex(i => i.Hash);
    }
}

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

public sealed class WarningIdentifierConfiguration : IEntityTypeConfiguration<WarningIdentifier>
{
    public void Configure(EntityTypeBuilder<WarningIdentifier> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Hash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Masked).HasMaxLength(100).IsRequired();
        builder.HasIndex(i => i.Hash);
    }
}

public sealed class WarningDeliveryConfiguration : IEntityTypeConfiguration<WarningDelivery>
{
    public void Configure(EntityTypeBuilder<WarningDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.WarningId, d.MemberId }).IsUnique();
        builder.HasIndex(d => d.MemberId);
        builder.HasOne<SafetyWarning>().WithMany().HasForeignKey(d => d.WarningId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SafetyMember>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ClientCheckTallyConfiguration : IEntityTypeConfiguration<ClientCheckTally>
{
    public void Configure(EntityTypeBuilder<ClientCheckTally> builder) => builder.HasKey(t => t.Day);
}
