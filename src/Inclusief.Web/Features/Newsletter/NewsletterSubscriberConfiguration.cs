using Inclusief.Web.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Newsletter;

public sealed class NewsletterSubscriberConfiguration : IEntityTypeConfiguration<NewsletterSubscriber>
{
    public void Configure(EntityTypeBuilder<NewsletterSubscriber> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Email).HasMaxLength(ContactDetails.EmailMaxLength).IsRequired();
        builder.HasIndex(s => s.Email).IsUnique();
        builder.Property(s => s.Culture).HasMaxLength(8).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.ConfirmationTokenHash).HasMaxLength(64);
        builder.HasIndex(s => s.ConfirmationTokenHash);
    }
}
