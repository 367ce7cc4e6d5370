using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ComplaintDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReceiptExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", nullable: false),
                    OrganisationKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EncryptedOrganisationName = table.Column<string>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Wish = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EncryptedNarrative = table.Column<string>(type: "TEXT", nullable: true),
                    EncryptedEmail = table.Column<string>(type: "TEXT", nullable: true),
                    EncryptedPhone = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AssignedToId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FirstResponseAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReferralConsentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReferredToOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NarrativeRemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaint", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintGuidance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintGuidance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromReporter = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EncryptedText = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintMessage_Complaint_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_ReceiptHash",
                table: "Complaint",
                column: "ReceiptHash");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_Status_CreatedAt",
                table: "Complaint",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_SubmissionKey",
                table: "Complaint",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_UserId",
                table: "Complaint",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintGuidance_Category_Culture",
                table: "ComplaintGuidance",
                columns: new[] { "Category", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintMessage_ComplaintId_CreatedAt",
                table: "ComplaintMessage",
                columns: new[] { "ComplaintId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ComplaintGuidance");

            migrationBuilder.DropTable(
                name: "ComplaintMessage");

            migrationBuilder.DropTable(
                name: "Complaint");
        }
    }
}
