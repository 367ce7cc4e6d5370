using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SafetyNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClientCheckTally",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Checks = table.Column<int>(type: "integer", nullable: false),
                    Matches = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientCheckTally", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "SafetyMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    WorkingName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EncryptedEmail = table.Column<string>(type: "text", nullable: false),
                    Regions = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Context = table.Column<int>(type: "integer", nullable: false),
                    IsOutreachWorker = table.Column<bool>(type: "boolean", nullable: false),
                    OutreachOrganisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AlertByEmail = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RejectionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AppliedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LastActiveAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AskedToConfirmAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyMember", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SafetyReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiptHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReceiptExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Region = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Context = table.Column<int>(type: "integer", nullable: false),
                    EncryptedNarrative = table.Column<string>(type: "text", nullable: false),
                    EncryptedPersonDescription = table.Column<string>(type: "text", nullable: true),
                    EncryptedIdentifiers = table.Column<string>(type: "text", nullable: true),
                    EncryptedContact = table.Column<string>(type: "text", nullable: true),
                    WarnOthers = table.Column<bool>(type: "boolean", nullable: false),
                    SharePolice = table.Column<bool>(type: "boolean", nullable: false),
                    WantsSupport = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EncryptedModeratorMessage = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyReport", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportIdentifier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Masked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportIdentifier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportIdentifier_SafetyReport_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SafetyReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SafetyWarning",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Regions = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    WrittenById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafetyWarning", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafetyWarning_SafetyReport_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SafetyReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "WarningDelivery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WarningId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningDelivery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningDelivery_SafetyMember_MemberId",
                        column: x => x.MemberId,
                        principalTable: "SafetyMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WarningDelivery_SafetyWarning_WarningId",
                        column: x => x.WarningId,
                        principalTable: "SafetyWarning",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WarningIdentifier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WarningId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Masked = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WarningIdentifier", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WarningIdentifier_SafetyWarning_WarningId",
                        column: x => x.WarningId,
                        principalTable: "SafetyWarning",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportIdentifier_Hash",
                table: "ReportIdentifier",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_ReportIdentifier_ReportId",
                table: "ReportIdentifier",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_Status",
                table: "SafetyMember",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_UserId",
                table: "SafetyMember",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_ReceiptHash",
                table: "SafetyReport",
                column: "ReceiptHash");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_Status_CreatedAt",
                table: "SafetyReport",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_SubmissionKey",
                table: "SafetyReport",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyWarning_ReportId",
                table: "SafetyWarning",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyWarning_Status_ExpiresAt",
                table: "SafetyWarning",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WarningDelivery_MemberId",
                table: "WarningDelivery",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_WarningDelivery_WarningId_MemberId",
                table: "WarningDelivery",
                columns: new[] { "WarningId", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WarningIdentifier_Hash",
                table: "WarningIdentifier",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_WarningIdentifier_WarningId",
                table: "WarningIdentifier",
                column: "WarningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientCheckTally");

            migrationBuilder.DropTable(
                name: "ReportIdentifier");

            migrationBuilder.DropTable(
                name: "WarningDelivery");

            migrationBuilder.DropTable(
                name: "WarningIdentifier");

            migrationBuilder.DropTable(
                name: "SafetyMember");

            migrationBuilder.DropTable(
                name: "SafetyWarning");

            migrationBuilder.DropTable(
                name: "SafetyReport");
        }
    }
}
