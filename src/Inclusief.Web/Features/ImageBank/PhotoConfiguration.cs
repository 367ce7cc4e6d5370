using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.ImageBank;

public sealed class PhotoConfiguration : IEntityTypeConfiguration<Photo>
{
    public void Configure(EntityTypeBuilder<Photo> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(Photo.TitleMaxLength).IsRequired();
        builder.Property(p => p.AltText).HasMaxLength(Photo.AltMaxLength).IsRequired();
        builder.OwnsTranslations(p => p.AltTextTranslations, "PhotoAltTextTranslations", Photo.AltMaxLength);
        builder.Property(p => p.Credit).HasMaxLength(150).IsRequired();
        builder.Property(p => p.Licence).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.UsageTerms).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.Tags).HasMaxLength(600);
        builder.Property(p => p.FilePrefix).HasMaxLength(40).IsRequired();
        builder.Property(p => p.StoredWidths).HasMaxLength(40);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(p => p.CreatedById).HasMaxLength(64).IsRequired();
        builder.Ignore(p => p.IsShown);
        builder.Ignore(p => p.WidthList);
        builder.Ignore(p => p.TagList);
        builder.Ignore(p => p.AllowsMediaUse);
        builder.HasIndex(p => new { p.Status, p.CreatedAt });
        builder.HasMany(p => p.Consents).WithOne().HasForeignKey(c => c.PhotoId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PhotoConsentConfiguration : IEntityTypeConfiguration<PhotoConsent>
{
    public void Configure(EntityTypeBuilder<PhotoConsent> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.PersonLabel).HasMaxLength(PhotoConsent.PersonMaxLength).IsRequired();
        builder.Property(c => c.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RecordReference).HasMaxLength(PhotoConsent.ReferenceMaxLength);
    }
}

public sealed class MediaAccountConfiguration : IEntityTypeConfiguration<MediaAccount>
{
    public void Configure(EntityTypeBuilder<MediaAccount> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.UserId).HasMaxLength(64).IsRequired();
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.Property(m => m.Outlet).HasMaxLength(150).IsRequired();
        builder.Property(m => m.Purpose).HasMaxLength(1000).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(12);
        builder.HasIndex(m => m.Status);
    }
}
