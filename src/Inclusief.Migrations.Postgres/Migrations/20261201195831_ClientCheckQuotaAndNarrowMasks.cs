using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ClientCheckQuotaAndNarrowMasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ChecksMade",
                table: "SafetyMember",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ChecksOn",
                table: "SafetyMember",
                type: "date",
                nullable: true);

            // Masks written before this version showed four digits or a whole domain: narrowed in place.
            migrationBuilder.Sql("""UPDATE "WarningIdentifier" SET "Masked" = CASE WHEN "Masked" LIKE '06-%' THEN '06-******' || right("Masked", 2) ELSE '+***' || right("Masked", 2) END WHERE "Kind" = 'Phone';""");
            migrationBuilder.Sql("""UPDATE "WarningIdentifier" SET "Masked" = '***@***' WHERE "Kind" = 'Email';""");
            migrationBuilder.Sql("""UPDATE "ReportIdentifier" SET "Masked" = CASE WHEN "Masked" LIKE '06-%' THEN '06-******' || right("Masked", 2) ELSE '+***' || right("Masked", 2) END WHERE "Kind" = 'Phone';""");
            migrationBuilder.Sql("""UPDATE "ReportIdentifier" SET "Masked" = '***@***' WHERE "Kind" = 'Email';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChecksMade",
                table: "SafetyMember");

            migrationBuilder.DropColumn(
                name: "ChecksOn",
                table: "SafetyMember");
        }
    }
}
