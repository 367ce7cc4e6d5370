using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SmsDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SmsDelivery",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxId = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SealedCopy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsDelivery", x => x.Id);
                });

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
        }
    }
}
