using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Evaluations;

public sealed class ProgrammeEvaluationPointConfiguration : IEntityTypeConfiguration<ProgrammeEvaluationPoint>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvaluationPoint> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Title).HasMaxLength(ProgrammeEvaluationPoint.TitleMaxLength).IsRequired();
        builder.Property(e => e.OpenedById).HasMaxLength(64).IsRequired();
        builder.Property(e => e.DecidedById).HasMaxLength(64);
        builder.Property(e => e.Figures).IsRequired();
        builder.Property(e => e.Sources).IsRequired();
        builder.Property(e => e.WhatWorked).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength).IsRequired();
        builder.Property(e => e.WhatDidNotWork).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength).IsRequired();
        builder.Property(e => e.WhatParticipantsSaid).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength).IsRequired();
        builder.Property(e => e.DecisionReasons).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength);
        builder.Property(e => e.AgreedChanges).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength);
        builder.Property(e => e.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasIndex(e => e.PublishedAt);
        builder.HasMany(e => e.PartnerViews).WithOne().HasForeignKey(v => v.ProgrammeEvaluationPointId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PartnerViewConfiguration : IEntityTypeConfiguration<PartnerView>
{
    public void Configure(EntityTypeBuilder<PartnerView> builder)
    {
        builder.HasKey(v => v.Id);
        // Made by the evaluation point with its key: added through the collection, it is new, not a row to update.
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.OrganisationName).HasMaxLength(200).IsRequired();
        builder.Property(v => v.Text).HasMaxLength(ProgrammeEvaluationPoint.SectionMaxLength).IsRequired();
        builder.Property(v => v.WrittenById).HasMaxLength(64);
        builder.HasIndex(v => new { v.ProgrammeEvaluationPointId, v.OrganisationId }).IsUnique();
        builder.HasIndex(v => v.WrittenById);
    }
}
