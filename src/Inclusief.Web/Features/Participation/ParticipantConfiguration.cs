using Inclusief.Web.Infrastructure.Pages;
using Inclusief.Data;
using Inclusief.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Participation;

public sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.SubmissionKey).IsUnique();
        builder.Property(p => p.Form).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(p => new { p.Form, p.Status });
        // The coordinator's list, newest first, over all participants or one status.
        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => new { p.Status, p.CreatedAt });
        builder.Property(p => p.DisplayName).HasMaxLength(Participant.DisplayNameMaxLength).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(ContactDetails.EmailMaxLength).IsRequired();
        builder.HasIndex(p => p.Email);
        builder.Property(p => p.Phone).HasMaxLength(ContactDetails.PhoneMaxLength);
        builder.Property(p => p.Culture).HasMaxLength(8);
        builder.Property(p => p.Motivation).HasMaxLength(Participant.TextMaxLength);
        builder.Property(p => p.Expertise).HasMaxLength(Participant.TextMaxLength);
        builder.Property(p => p.PartnerCommitment).HasMaxLength(Participant.TextMaxLength);
        builder.Property(p => p.DeclineReason).HasMaxLength(Participant.TextMaxLength);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Themes).WithMany().UsingEntity("ParticipantThemes");
        builder.HasMany(p => p.Intakes).WithOne().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
