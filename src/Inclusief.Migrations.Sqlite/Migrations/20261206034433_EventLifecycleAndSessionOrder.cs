using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventLifecycleAndSessionOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Order",
                table: "EventSession",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Event",
                type: "TEXT",
                nullable: true);

            // Events planned before drafts existed were public from the start; sessions keep the order they were shown in.
            migrationBuilder.Sql(@"UPDATE ""Event"" SET ""PublishedAt"" = ""CreatedAt"";");
            migrationBuilder.Sql(@"UPDATE ""EventSession"" SET ""Order"" = (SELECT COUNT(*) FROM ""EventSession"" o WHERE o.""RoundId"" = ""EventSession"".""RoundId"" AND (o.""Title"" < ""EventSession"".""Title"" OR (o.""Title"" = ""EventSession"".""Title"" AND o.""Id"" <= ""EventSession"".""Id"")));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Order",
                table: "EventSession");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Event");
        }
    }
}
