using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UniqueConfirmedEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing duplicates keep the address confirmed on the oldest account only; the others must confirm again.
            migrationBuilder.Sql("""
                UPDATE "AspNetUsers" SET "EmailConfirmed" = FALSE
                WHERE "EmailConfirmed" = TRUE AND EXISTS (
                    SELECT 1 FROM "AspNetUsers" AS older
                    WHERE older."NormalizedEmail" = "AspNetUsers"."NormalizedEmail" AND older."EmailConfirmed" = TRUE
                      AND (older."CreatedAt" < "AspNetUsers"."CreatedAt" OR (older."CreatedAt" = "AspNetUsers"."CreatedAt" AND older."Id" < "AspNetUsers"."Id")));
                """);
            migrationBuilder.CreateIndex(
                name: "ConfirmedEmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail",
                unique: true,
                filter: "\"EmailConfirmed\" = TRUE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ConfirmedEmailIndex",
                table: "AspNetUsers");
        }
    }
}
