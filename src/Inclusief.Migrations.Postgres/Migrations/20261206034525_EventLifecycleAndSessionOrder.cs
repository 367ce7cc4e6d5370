using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
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
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishedAt",
                table: "Event",
                type: "timestamp with time zone",
                nullable: true);

            // Events planned before drafts existed were public from the start; sessions keep the order they were shown in.
            migrationBuilder.Sql(@"UPDATE ""Event"" SET ""PublishedAt"" = ""CreatedAt"";");
            migrationBuilder.Sql(@"UPDATE ""EventSession"" s SET ""Order"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""RoundId"" ORDER BY ""Title"", ""Id"") AS rn FROM ""EventSession"") n WHERE s.""Id"" = n.""Id"";");
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
