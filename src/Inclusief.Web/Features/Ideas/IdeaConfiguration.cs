using Inclusief.Data;
using Inclusief.Web.Features.Municipalities;
using Inclusief.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Ideas;

public sealed class IdeaConfiguration : IEntityTypeConfiguration<Idea>
{
    public void Configure(EntityTypeBuilder<Idea> builder)
    {
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.SubmissionKey).IsUnique();
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(i => i.Status);
        builder.Property(i => i.Title).HasMaxLength(Idea.TitleMaxLength).IsRequired();
        builder.Property(i => i.Description).HasMaxLength(Idea.TextMaxLength).IsRequired();
        builder.Property(i => i.AffectedGroup).HasMaxLength(Idea.TextMaxLength);
        builder.Property(i => i.HelpAsked).HasMaxLength(Idea.TextMaxLength);
        builder.Property(i => i.DecisionReason).HasMaxLength(Idea.TextMaxLength);
        builder.Property(i => i.MunicipalityCode).HasMaxLength(6);
        builder.Property(i => i.SubmitterId).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.SubmitterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(i => i.MunicipalityCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Messages).WithOne().HasForeignKey(m => m.IdeaId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Attachments).WithOne().HasForeignKey(a => a.IdeaId).OnDelete(DeleteBehavior.Cascade);
    }
}
