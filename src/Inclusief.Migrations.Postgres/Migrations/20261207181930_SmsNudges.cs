using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SmsNudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EncryptedSmsNumber",
                table: "SafetyReport",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsCulture",
                table: "SafetyReport",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsKey",
                table: "SafetyReport",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EncryptedSmsNumber",
                table: "EventRegistration",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsKey",
                table: "EventRegistration",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsKey",
                table: "Complaint",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_SmsKey",
                table: "SafetyReport",
                column: "SmsKey");

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistration_SmsKey",
                table: "EventRegistration",
                column: "SmsKey");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_SmsKey",
                table: "Complaint",
                column: "SmsKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_SmsKey",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_EventRegistration_SmsKey",
                table: "EventRegistration");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_SmsKey",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "EncryptedSmsNumber",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "SmsCulture",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "SmsKey",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "EncryptedSmsNumber",
                table: "EventRegistration");

            migrationBuilder.DropColumn(
                name: "SmsKey",
                table: "EventRegistration");

            migrationBuilder.DropColumn(
                name: "SmsKey",
                table: "Complaint");
        }
    }
}
