using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Newsletter;

public sealed class NewsletterEditionConfiguration : IEntityTypeConfiguration<NewsletterEdition>
{
    public void Configure(EntityTypeBuilder<NewsletterEdition> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Title).HasMaxLength(NewsletterEdition.TitleMaxLength).IsRequired();
        builder.Property(e => e.Intro).HasMaxLength(NewsletterEdition.IntroMaxLength).IsRequired();
        builder.Property(e => e.EventIds).HasMaxLength(2000);
        builder.Property(e => e.ResultIds).HasMaxLength(2000);
        builder.Property(e => e.KnowledgeIds).HasMaxLength(1000);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.CreatedById).HasMaxLength(64).IsRequired();
        builder.Ignore(e => e.EventList);
        builder.Ignore(e => e.ResultList);
        builder.Ignore(e => e.KnowledgeList);
        builder.HasIndex(e => new { e.Status, e.SentAt });
    }
}

public sealed class EditionDeliveryConfiguration : IEntityTypeConfiguration<EditionDelivery>
{
    public void Configure(EntityTypeBuilder<EditionDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.EditionId, d.SubscriberId }).IsUnique();
        builder.HasOne<NewsletterEdition>().WithMany().HasForeignKey(d => d.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<NewsletterSubscriber>().WithMany().HasForeignKey(d => d.SubscriberId).OnDelete(DeleteBehavior.Cascade);
        // Sent mails are purged from the outbox after a week; the delivery stays and then counts as sent.
        builder.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
