using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RateLimitWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Outside the model on purpose: only PostgreSQL (several instances) shares rate-limit counts, and UNLOGGED
            // keeps these short-lived rows out of the WAL and replicas (SharedRateWindow).
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE "RateLimitWindow" (
                    "Key" bytea NOT NULL PRIMARY KEY,
                    "WindowStart" timestamp with time zone NOT NULL,
                    "Count" integer NOT NULL);
                CREATE INDEX "IX_RateLimitWindow_WindowStart" ON "RateLimitWindow" ("WindowStart");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "RateLimitWindow";""");
        }
    }
}
