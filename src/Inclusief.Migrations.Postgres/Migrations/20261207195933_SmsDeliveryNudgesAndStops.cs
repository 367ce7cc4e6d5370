using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SmsDeliveryNudgesAndStops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember");

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

            migrationBuilder.CreateTable(
                name: "SmsDelivery",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxId = table.Column<long>(type: "bigint", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SealedCopy = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsDelivery", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StoppedNumber",
                columns: table => new
                {
                    NumberKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StoppedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoppedNumber", x => x.NumberKey);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_SmsKey",
                table: "SafetyReport",
                column: "SmsKey");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_EventRegistration_SmsKey",
                table: "EventRegistration",
                column: "SmsKey");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_SmsKey",
                table: "Complaint",
                column: "SmsKey");

            migrationBuilder.CreateIndex(
                name: "IX_SmsDelivery_OutboxId",
                table: "SmsDelivery",
                column: "OutboxId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SmsDelivery_SentAt",
                table: "SmsDelivery",
                column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SmsDelivery");

            migrationBuilder.DropTable(
                name: "StoppedNumber");

            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_SmsKey",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember");

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

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember",
                column: "PhoneKey",
                unique: true);
        }
    }
}
