using Inclusief.Web.Features.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Policies;

public sealed class PolicyRecordConfiguration : IEntityTypeConfiguration<PolicyRecord>
{
    public void Configure(EntityTypeBuilder<PolicyRecord> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.MunicipalityCode).HasMaxLength(8).IsRequired();
        builder.Property(r => r.ValuesJson).IsRequired();
        builder.Property(r => r.Notes).HasMaxLength(PolicyRecord.NotesMaxLength);
        builder.Property(r => r.CreatedById).HasMaxLength(64).IsRequired();
        builder.Ignore(r => r.Values);
        builder.HasIndex(r => new { r.MunicipalityCode, r.ValidFrom, r.CreatedAt });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PolicySourceConfiguration : IEntityTypeConfiguration<PolicySource>
{
    public void Configure(EntityTypeBuilder<PolicySource> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(300).IsRequired();
        builder.Property(s => s.Url).HasMaxLength(1000);
    }
}

public sealed class PolicyEffectConfiguration : IEntityTypeConfiguration<PolicyEffect>
{
    public void Configure(EntityTypeBuilder<PolicyEffect> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MunicipalityCode).HasMaxLength(8).IsRequired();
        builder.Property(e => e.Indicator).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Value).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Period).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Source).HasMaxLength(500).IsRequired();
        builder.Property(e => e.CreatedById).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.MunicipalityCode);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(e => e.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
    }
}
