using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Agenda;

public sealed class AgendaLineConfiguration : IEntityTypeConfiguration<AgendaLine>
{
    public void Configure(EntityTypeBuilder<AgendaLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(AgendaLine.TitleMaxLength).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(AgendaLine.TextMaxLength).IsRequired();
        builder.Property(l => l.Questions).HasMaxLength(AgendaLine.TextMaxLength).IsRequired();
        builder.Property(l => l.ResultsWanted).HasMaxLength(AgendaLine.TextMaxLength).IsRequired();
        builder.HasMany(l => l.Commitments).WithOne().HasForeignKey(c => c.AgendaLineId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Work).WithOne().HasForeignKey(w => w.AgendaLineId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaCommitmentConfiguration : IEntityTypeConfiguration<AgendaCommitment>
{
    public void Configure(EntityTypeBuilder<AgendaCommitment> builder)
    {
        builder.HasKey(c => c.Id);
        // Made by the line with its key: added through the collection, it is new, not a row to update.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Contribution).HasMaxLength(AgendaLine.ContributionMaxLength).IsRequired();
        builder.HasIndex(c => new { c.AgendaLineId, c.OrganisationId }).IsUnique();
        builder.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AgendaWorkConfiguration : IEntityTypeConfiguration<AgendaWork>
{
    public void Configure(EntityTypeBuilder<AgendaWork> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.O).HasConversion<string>().HasMaxLength(16);
        builder.Property(w => w.TargetId).HasMaxLength(64).IsRequired();
        builder.HasIndex(w => new { w.AgendaLineId, w.Kind, w.TargetId }).IsUnique();
    }
}

public sealed class AgendaVersionConfiguration : IEntityTypeConfiguration<AgendaVersion>
{
    public void Configure(EntityTypeBuilder<AgendaVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        // Two coordinators publishing at once cannot both be version n.
        builder.HasIndex(v => v.Number).IsUnique();
        builder.Property(v => v.ChangeNote).HasMaxLength(AgendaVersion.ChangeNoteMaxLength).IsRequired();
        builder.Property(v => v.Content).IsRequired();
        builder.Property(v => v.PublishedById).HasMaxLength(64);
    }
}
