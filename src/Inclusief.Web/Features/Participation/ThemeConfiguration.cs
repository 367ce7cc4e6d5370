using Inclusief.Web.Features.Programmes;
using Microsoft.EntityFrameworkCore;
using Inclusief.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Inclusief.Web.Features.Participation;

public sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(t => new { t.ProgrammeId, t.Code }).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(120).IsRequired();
        builder.OwnsTranslations(t => t.NameTranslations, "ThemeNameTranslations", 120);
        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        var programme = Programme.InclusiefSamenwerkenId;
        builder.HasData(
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000001", programme, "banking", "Bankzaken en financiën", 1),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000002", programme, "premises", "Huisvesting en werkplekken", 2),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000003", programme, "permits", "Vergunningen en regels", 3),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000004", programme, "care", "Zorg en welzijn", 4),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000005", programme, "safety", "Veiligheid", 5),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000006", programme, "stigma", "Beeldvorming en stigma", 6),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000007", programme, "work", "Werk, inkomen en uitstappen", 7),
            Seed("6a0f6e1e-0001-4c1b-9d8e-0a0000000008", programme, "research", "Onderzoek en onderwijs", 8));
        builder.OwnsMany(t => t.NameTranslations).HasData(
            Translations.SelectMany(theme => theme.Value.Select(t => new { OwnerId = new Guid(theme.Key), t.Culture, t.Text })).ToArray());
    }

    private static Theme Seed(string id, Guid programme, string code, string name, int order) =>
        new() { Id = new Guid(id), ProgrammeId = programme, Code = code, Name = name, Order = order };

    private static readonly Dictionary<string, (string Culture, string Text)[]> Translations = new()
    {
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000001"] =
        [
            ("en", "Banking and finance"),
            ("ro", "Servicii bancare și financiare"),
            ("bg", "Банкови услуги и финанси"),
            ("hu", "Bankügyek és pénzügyek"),
            ("pl", "Bankowość i finanse"),
            ("es", "Banca y finanzas")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000002"] =
        [
            ("en", "Housing and workplaces"),
            ("ro", "Locuințe și locuri de muncă"),
            ("bg", "Жилище и работни места"),
            ("hu", "Lakhatás és munkahelyek"),
            ("pl", "Mieszkanie i miejsca pracy"),
            ("es", "Vivienda y lugares de trabajo")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000003"] =
        [
            ("en", "Permits and regulation"),
            ("ro", "Autorizații și reguli"),
            ("bg", "Разрешителни и правила"),
            ("hu", "Engedélyek és szabályozás"),
            ("pl", "Zezwolenia i przepisy"),
            ("es", "Licencias y normativa")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000004"] =
        [
            ("en", "Care and welfare"),
            ("ro", "Sănătate și asistență socială"),
            ("bg", "Здравни и социални грижи"),
            ("hu", "Egészségügy és jólét"),
            ("pl", "Opieka i dobrostan"),
            ("es", "Salud y bienestar")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000005"] =
        [
            ("en", "Safety"),
            ("ro", "Siguranță"),
            ("bg", "Безопасност"),
            ("hu", "Biztonság"),
            ("pl", "Bezpieczeństwo"),
            ("es", "Seguridad")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000006"] =
        [
            ("en", "Public image and stigma"),
            ("ro", "Imagine publică și stigmă"),
            ("bg", "Обществен образ и стигма"),
            ("hu", "Közvélekedés és stigma"),
            ("pl", "Wizerunek i stygmatyzacja"),
            ("es", "Imagen pública y estigma")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000007"] =
        [
            ("en", "Work, income and exiting"),
            ("ro", "Muncă, venit și ieșirea din munca sexuală"),
            ("bg", "Работа, доходи и смяна на професията"),
            ("hu", "Munka, jövedelem és kilépés a szakmából"),
            ("pl", "Praca, dochód i zmiana zawodu"),
            ("es", "Trabajo, ingresos y salida del trabajo sexual")
        ],
        ["6a0f6e1e-0001-4c1b-9d8e-0a0000000008"] =
        [
            ("en", "Research and education"),
            ("ro", "Cercetare și educație"),
            ("bg", "Изследвания и образование"),
            ("hu", "Kutatás és oktatás"),
            ("pl", "Badania i edukacja"),
            ("es", "Investigación y educación")
        ],
    };
}
