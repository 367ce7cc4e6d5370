using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Knowledge;

public sealed class KnowledgeItemConfiguration : IEntityTypeConfiguration<KnowledgeItem>
{
    public void Configure(EntityTypeBuilder<KnowledgeItem> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(12);
        builder.Property(i => i.Visibility).HasConversion<string>().HasMaxLength(10);
        builder.Property(i => i.Title).HasMaxLength(KnowledgeItem.TitleMaxLength).IsRequired();
        builder.Property(i => i.Summary).HasMaxLength(KnowledgeItem.SummaryMaxLength).IsRequired();
        builder.Property(i => i.Body).HasMaxLength(KnowledgeItem.BodyMaxLength).IsRequired();
        builder.Property(i => i.Language).HasMaxLength(2).IsRequired();
        builder.Property(i => i.AuthorName).HasMaxLength(100).IsRequired();
        builder.Property(i => i.CreatedById).HasMaxLength(64).IsRequired();
        builder.Property(i => i.MediaUrl).HasMaxLength(500);
        builder.Property(i => i.TargetGroupIds).HasMaxLength(1000);
        builder.Property(i => i.ProjectIds).HasMaxLength(2000);
        builder.Property(i => i.EventIds).HasMaxLength(2000);
        builder.Property(i => i.ResultIds).HasMaxLength(2000);
        builder.Property(i => i.MunicipalityCodes).HasMaxLength(1000);
        builder.Property(i => i.ReviewNote).HasMaxLength(KnowledgeItem.NoteMaxLength);
        builder.Ignore(i => i.TargetGroupList);
        builder.Ignore(i => i.ProjectList);
        builder.Ignore(i => i.EventList);
        builder.Ignore(i => i.ResultList);
        builder.Ignore(i => i.MunicipalityList);
        builder.Ignore(i => i.IsPublic);
        builder.HasIndex(i => new { i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.Status, i.UpdatedAt });
        builder.HasIndex(i => i.CreatedById);
        builder.HasMany(i => i.Themes).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Lessons).WithOne().HasForeignKey(l => l.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class KnowledgeThemeConfiguration : IEntityTypeConfiguration<KnowledgeTheme>
{
    public void Configure(EntityTypeBuilder<KnowledgeTheme> builder)
    {
        builder.HasKey(t => new { t.ItemId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(KnowledgeTheme.NameMaxLength);
        builder.HasIndex(t => t.Name);
    }
}

public sealed class KnowledgeLessonConfiguration : IEntityTypeConfiguration<KnowledgeLesson>
{
    public void Configure(EntityTypeBuilder<KnowledgeLesson> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(KnowledgeItem.TitleMaxLength).IsRequired();
        builder.Property(l => l.Body).HasMaxLength(KnowledgeItem.BodyMaxLength).IsRequired();
        builder.HasIndex(l => new { l.ItemId, l.Position });
    }
}

public sealed class LessonProgressConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.UserId).HasMaxLength(64).IsRequired();
        builder.HasIndex(p => new { p.LessonId, p.UserId }).IsUnique();
        builder.HasIndex(p => new { p.UserId, p.ItemId });
        // The monitoring counts completed lessons per period.
        builder.HasIndex(p => p.CompletedAt);
        builder.HasOne<KnowledgeLesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class KnowledgeAttachmentConfiguration : IEntityTypeConfiguration<KnowledgeAttachment>
{
    public void Configure(EntityTypeBuilder<KnowledgeAttachment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        builder.Property(a => a.ContentType).HasMaxLength(120).IsRequired();
    }
}
