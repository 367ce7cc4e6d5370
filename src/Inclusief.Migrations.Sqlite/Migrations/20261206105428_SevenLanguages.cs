using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SevenLanguages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {




            migrationBuilder.RenameColumn(
                name: "NameNl",
                table: "Theme",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "NameNl",
                table: "TargetGroup",
                newName: "Name");

            migrationBuilder.RenameColumn(
                name: "NameNl",
                table: "Programme",
                newName: "Name");

            migrationBuilder.AddColumn<string>(
                name: "TextLanguage",
                table: "Event",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "nl");

            migrationBuilder.CreateTable(
                name: "BarrierReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ArrivalNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    EncryptedPage = table.Column<string>(type: "TEXT", nullable: true),
                    EncryptedDescription = table.Column<string>(type: "TEXT", nullable: true),
                    EncryptedEmail = table.Column<string>(type: "TEXT", nullable: true),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BarrierReport", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PhotoAltTextTranslations",
                columns: table => new
                {
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhotoAltTextTranslations", x => new { x.OwnerId, x.Culture });
                    table.ForeignKey(
                        name: "FK_PhotoAltTextTranslations_Photo_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Photo",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The English alt texts written so far become the first translations.
            migrationBuilder.Sql("INSERT INTO \"PhotoAltTextTranslations\" (\"OwnerId\", \"Culture\", \"Text\") SELECT \"Id\", 'en', \"AltTextEn\" FROM \"Photo\" WHERE \"AltTextEn\" IS NOT NULL AND \"AltTextEn\" <> ''");

            migrationBuilder.DropColumn(
                name: "AltTextEn",
                table: "Photo");

            migrationBuilder.CreateTable(
                name: "ProgrammeNameTranslations",
                columns: table => new
                {
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeNameTranslations", x => new { x.OwnerId, x.Culture });
                    table.ForeignKey(
                        name: "FK_ProgrammeNameTranslations_Programme_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Programme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TargetGroupNameTranslations",
                columns: table => new
                {
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetGroupNameTranslations", x => new { x.OwnerId, x.Culture });
                    table.ForeignKey(
                        name: "FK_TargetGroupNameTranslations_TargetGroup_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "TargetGroup",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeNameTranslations",
                columns: table => new
                {
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeNameTranslations", x => new { x.OwnerId, x.Culture });
                    table.ForeignKey(
                        name: "FK_ThemeNameTranslations_Theme_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Theme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ProgrammeNameTranslations",
                columns: new[] { "Culture", "OwnerId", "Text" },
                values: new object[,]
                {
                    { "bg", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Приобщаващо сътрудничество в града" },
                    { "en", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Inclusive collaboration in the city" },
                    { "es", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Colaboración inclusiva en la ciudad" },
                    { "hu", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Inkluzív együttműködés a városban" },
                    { "pl", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Inkluzywna współpraca w mieście" },
                    { "ro", new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"), "Colaborare incluzivă în oraș" }
                });

            migrationBuilder.InsertData(
                table: "TargetGroupNameTranslations",
                columns: new[] { "Culture", "OwnerId", "Text" },
                values: new object[,]
                {
                    { "bg", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Секс работници" },
                    { "en", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Sex workers" },
                    { "es", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Trabajadores sexuales" },
                    { "hu", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Szexmunkások" },
                    { "pl", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Osoby świadczące usługi seksualne" },
                    { "ro", new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"), "Lucrători sexuali" }
                });

            migrationBuilder.InsertData(
                table: "ThemeNameTranslations",
                columns: new[] { "Culture", "OwnerId", "Text" },
                values: new object[,]
                {
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Банкови услуги и финанси" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Banking and finance" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Banca y finanzas" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Bankügyek és pénzügyek" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Bankowość i finanse" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "Servicii bancare și financiare" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Жилище и работни места" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Housing and workplaces" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Vivienda y lugares de trabajo" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Lakhatás és munkahelyek" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Mieszkanie i miejsca pracy" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "Locuințe și locuri de muncă" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Разрешителни и правила" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Permits and regulation" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Licencias y normativa" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Engedélyek és szabályozás" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Zezwolenia i przepisy" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "Autorizații și reguli" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Здравни и социални грижи" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Care and welfare" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Salud y bienestar" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Egészségügy és jólét" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Opieka i dobrostan" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "Sănătate și asistență socială" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Безопасност" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Safety" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Seguridad" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Biztonság" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Bezpieczeństwo" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "Siguranță" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Обществен образ и стигма" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Public image and stigma" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Imagen pública y estigma" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Közvélekedés és stigma" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Wizerunek i stygmatyzacja" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "Imagine publică și stigmă" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Работа, доходи и смяна на професията" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Work, income and exiting" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Trabajo, ingresos y salida del trabajo sexual" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Munka, jövedelem és kilépés a szakmából" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Praca, dochód i zmiana zawodu" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "Muncă, venit și ieșirea din munca sexuală" },
                    { "bg", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Изследвания и образование" },
                    { "en", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Research and education" },
                    { "es", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Investigación y educación" },
                    { "hu", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Kutatás és oktatás" },
                    { "pl", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Badania i edukacja" },
                    { "ro", new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "Cercetare și educație" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_BarrierReport_ReceivedOn_ArrivalNumber",
                table: "BarrierReport",
                columns: new[] { "ReceivedOn", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BarrierReport_SubmissionKey",
                table: "BarrierReport",
                column: "SubmissionKey",
                unique: true);

            // Names added as data (not seeded) keep their English as a translation.
            migrationBuilder.Sql("INSERT INTO \"ThemeNameTranslations\" (\"OwnerId\", \"Culture\", \"Text\") SELECT t.\"Id\", 'en', t.\"NameEn\" FROM \"Theme\" t WHERE t.\"NameEn\" <> '' AND NOT EXISTS (SELECT 1 FROM \"ThemeNameTranslations\" x WHERE x.\"OwnerId\" = t.\"Id\" AND x.\"Culture\" = 'en')");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Theme");

            migrationBuilder.Sql("INSERT INTO \"TargetGroupNameTranslations\" (\"OwnerId\", \"Culture\", \"Text\") SELECT t.\"Id\", 'en', t.\"NameEn\" FROM \"TargetGroup\" t WHERE t.\"NameEn\" <> '' AND NOT EXISTS (SELECT 1 FROM \"TargetGroupNameTranslations\" x WHERE x.\"OwnerId\" = t.\"Id\" AND x.\"Culture\" = 'en')");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "TargetGroup");

            migrationBuilder.Sql("INSERT INTO \"ProgrammeNameTranslations\" (\"OwnerId\", \"Culture\", \"Text\") SELECT t.\"Id\", 'en', t.\"NameEn\" FROM \"Programme\" t WHERE t.\"NameEn\" <> '' AND NOT EXISTS (SELECT 1 FROM \"ProgrammeNameTranslations\" x WHERE x.\"OwnerId\" = t.\"Id\" AND x.\"Culture\" = 'en')");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "Programme");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BarrierReport");

            migrationBuilder.DropTable(
                name: "PhotoAltTextTranslations");

            migrationBuilder.DropTable(
                name: "ProgrammeNameTranslations");

            migrationBuilder.DropTable(
                name: "TargetGroupNameTranslations");

            migrationBuilder.DropTable(
                name: "ThemeNameTranslations");

            migrationBuilder.DropColumn(
                name: "TextLanguage",
                table: "Event");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "Theme",
                newName: "NameNl");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "TargetGroup",
                newName: "NameNl");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "Programme",
                newName: "NameNl");

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Theme",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "TargetGroup",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "Programme",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "AltTextEn",
                table: "Photo",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "Programme",
                keyColumn: "Id",
                keyValue: new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01"),
                column: "NameEn",
                value: "Inclusive collaboration in the city");

            migrationBuilder.UpdateData(
                table: "TargetGroup",
                keyColumn: "Id",
                keyValue: new Guid("0b9c7a4e-2f6d-4d1a-8c3e-5e7f9a1b2c01"),
                column: "NameEn",
                value: "Sex workers");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"),
                column: "NameEn",
                value: "Banking and finance");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"),
                column: "NameEn",
                value: "Housing and workplaces");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"),
                column: "NameEn",
                value: "Permits and regulation");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"),
                column: "NameEn",
                value: "Care and welfare");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"),
                column: "NameEn",
                value: "Safety");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"),
                column: "NameEn",
                value: "Public image and stigma");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"),
                column: "NameEn",
                value: "Work, income and exiting");

            migrationBuilder.UpdateData(
                table: "Theme",
                keyColumn: "Id",
                keyValue: new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"),
                column: "NameEn",
                value: "Research and education");
        }
    }
}
