using Inclusief.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Participation;

public sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(t => new { t.ProgrammeId, t.Code }).IsUnique();
        builder.Property(t => t.NameNl).HasMaxLength(120).IsRequired();
        builder.Property(t => t.NameEn).HasMaxLength(120).IsRequired();
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        var programme = Programme.InclusiefSamenwerkenId;
        builder.HasData(
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000001", programme, "banking", "Bankzaken en financiën", "Banking and finance", 1),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000002", programme, "premises", "Huisvesting en werkplekken", "Housing and workplaces", 2),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000003", programme, "permits", "Vergunningen en regels", "Permits and regulation", 3),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000004", programme, "care", "Zorg en welzijn", "Care and welfare", 4),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000005", programme, "safety", "Veiligheid", "Safety", 5),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000006", programme, "stigma", "Beeldvorming en stigma", "Public image and stigma", 6),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000007", programme, "work", "Werk, inkomen en uitstappen", "Work, income and exiting", 7),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000008", programme, "research", "Onderzoek en onderwijs", "Research and education", 8));
    }

    private static Theme Seed(string id, Guid programme, string code, string nl, string en, int order) =>
        new() { Id = new Guid(id), ProgrammeId = programme, Code = code, NameNl = nl, NameEn = en, Order = order };
}
