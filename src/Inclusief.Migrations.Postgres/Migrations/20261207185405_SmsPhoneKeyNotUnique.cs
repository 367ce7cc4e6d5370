using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SmsPhoneKeyNotUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember",
                column: "PhoneKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyMember_PhoneKey",
                table: "SafetyMember",
                column: "PhoneKey",
                unique: true);
        }
    }
}
