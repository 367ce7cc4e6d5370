using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SafetySms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EncryptedPhone",
                table: "SafetyMember",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "SafetyMember",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SmsWording",
                table: "SafetyMember",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Neutral");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember",
                column: "PhoneKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember");

            migrationBuilder.DropColumn(
                name: "EncryptedPhone",
                table: "SafetyMember");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "SafetyMember");

            migrationBuilder.DropColumn(
                name: "SmsWording",
                table: "SafetyMember");
        }
    }
}
