using Inclusief.Web.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Events;

public sealed class EventRegistrationConfiguration : IEntityTypeConfiguration<EventRegistration>
{
    public void Configure(EntityTypeBuilder<EventRegistration> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(6).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(EventRegistration.NameMaxLength).IsRequired();
        builder.Property(r => r.Email).HasMaxLength(ContactDetails.EmailMaxLength).IsRequired();
        builder.Property(r => r.EmailKey).HasMaxLength(ContactDetails.EmailMaxLength).IsRequired();
        builder.Property(r => r.Organisation).HasMaxLength(EventRegistration.OrganisationMaxLength);
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.UserId).HasMaxLength(64);
        builder.Property(r => r.Culture).HasMaxLength(8);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Seat).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(r => new { r.EventId, r.EmailKey }).IsUnique();
        builder.Property(r => r.SmsKey).HasMaxLength(64);
        builder.HasIndex(r => r.SmsKey);
        builder.HasIndex(r => new { r.EventId, r.Code }).IsUnique();
        builder.HasIndex(r => new { r.EventId, r.Status, r.QueuePosition });
        builder.HasIndex(r => r.UserId);
        builder.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Choices).WithOne().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
    }
}
