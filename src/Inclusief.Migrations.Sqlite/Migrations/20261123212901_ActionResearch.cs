using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActionResearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Trajectory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Question = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Facilitators = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    InventoryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trajectory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Contribution",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pseudonym = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CurrentSituation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DesiredSituation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Needs = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SolutionDirections = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Assets = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ViaLink = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contribution", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contribution_Trajectory_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartedImmediately = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchAction_Trajectory_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResearchMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsConsultation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResearchMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResearchMeeting_Trajectory_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Contribution_TrajectoryId",
                table: "Contribution",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchAction_TrajectoryId",
                table: "ResearchAction",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ResearchMeeting_TrajectoryId",
                table: "ResearchMeeting",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Trajectory_InventoryCode",
                table: "Trajectory",
                column: "InventoryCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Contribution");

            migrationBuilder.DropTable(
                name: "ResearchAction");

            migrationBuilder.DropTable(
                name: "ResearchMeeting");

            migrationBuilder.DropTable(
                name: "Trajectory");
        }
    }
}
