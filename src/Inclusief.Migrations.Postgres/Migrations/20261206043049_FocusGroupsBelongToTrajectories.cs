using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class FocusGroupsBelongToTrajectories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TrajectoryId",
                table: "Event",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Event_TrajectoryId",
                table: "Event",
                column: "TrajectoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Event_TrajectoryId",
                table: "Event");

            migrationBuilder.DropColumn(
                name: "TrajectoryId",
                table: "Event");
        }
    }
}
