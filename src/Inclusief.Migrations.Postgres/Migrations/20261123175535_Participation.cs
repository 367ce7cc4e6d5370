using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Participation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Municipality",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Province = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipality", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "SignInLink",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignInLink", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Theme",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameNl = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Theme", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Theme_Programme_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "Programme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Organisation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsApproved = table.Column<bool>(type: "boolean", nullable: false),
                    ListedPublicly = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisation_Municipality_MunicipalityCode",
                        column: x => x.MunicipalityCode,
                        principalTable: "Municipality",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationContact",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationContact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationContact_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Participant",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Form = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Culture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Motivation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Expertise = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Offers = table.Column<int>(type: "integer", nullable: false),
                    PartnerCommitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeclineReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participant", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Participant_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Participant_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Partnership",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Commitment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DeclarationSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeclarationSignatories = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partnership", x => x.OrganisationId);
                    table.ForeignKey(
                        name: "FK_Partnership_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoordinatorNote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EncryptedText = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoordinatorNote_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IntakeConversation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RequestNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    CalendarUid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IntakeConversation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IntakeConversation_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantThemes",
                columns: table => new
                {
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemesId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantThemes", x => new { x.ParticipantId, x.ThemesId });
                    table.ForeignKey(
                        name: "FK_ParticipantThemes_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipantThemes_Theme_ThemesId",
                        column: x => x.ThemesId,
                        principalTable: "Theme",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Theme",
                columns: new[] { "Id", "Code", "NameEn", "NameNl", "Order", "ProgrammeId" },
                values: new object[,]
                {
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000001"), "banking", "Banking and finance", "Bankzaken en financiën", 1, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000002"), "premises", "Housing and workplaces", "Huisvesting en werkplekken", 2, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000003"), "permits", "Permits and regulation", "Vergunningen en regels", 3, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000004"), "care", "Care and welfare", "Zorg en welzijn", 4, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000005"), "safety", "Safety", "Veiligheid", 5, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000006"), "stigma", "Public image and stigma", "Beeldvorming en stigma", 6, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000007"), "work", "Work, income and exiting", "Werk, inkomen en uitstappen", 7, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") },
                    { new Guid("6a0f6e1e-0001-4c1b-9d8e-0a0000000008"), "research", "Research and education", "Onderzoek en onderwijs", 8, new Guid("6f1d2a52-1c3e-4b8e-9a57-0a8f3f1d5c01") }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorNote_ParticipantId",
                table: "CoordinatorNote",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_IntakeConversation_ParticipantId",
                table: "IntakeConversation",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Municipality_Name",
                table: "Municipality",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_MunicipalityCode",
                table: "Organisation",
                column: "MunicipalityCode");

            migrationBuilder.CreateIndex(
                name: "IX_Organisation_Name",
                table: "Organisation",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationContact_OrganisationId",
                table: "OrganisationContact",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_Email",
                table: "Participant",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_Form_Status",
                table: "Participant",
                columns: new[] { "Form", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Participant_OrganisationId",
                table: "Participant",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_SubmissionKey",
                table: "Participant",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participant_UserId",
                table: "Participant",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantThemes_ThemesId",
                table: "ParticipantThemes",
                column: "ThemesId");

            migrationBuilder.CreateIndex(
                name: "IX_SignInLink_TokenHash",
                table: "SignInLink",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Theme_ProgrammeId_Code",
                table: "Theme",
                columns: new[] { "ProgrammeId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoordinatorNote");

            migrationBuilder.DropTable(
                name: "IntakeConversation");

            migrationBuilder.DropTable(
                name: "OrganisationContact");

            migrationBuilder.DropTable(
                name: "ParticipantThemes");

            migrationBuilder.DropTable(
                name: "Partnership");

            migrationBuilder.DropTable(
                name: "SignInLink");

            migrationBuilder.DropTable(
                name: "Participant");

            migrationBuilder.DropTable(
                name: "Theme");

            migrationBuilder.DropTable(
                name: "Organisation");

            migrationBuilder.DropTable(
                name: "Municipality");
        }
    }
}
