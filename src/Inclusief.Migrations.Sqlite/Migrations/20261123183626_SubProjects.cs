using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SubProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ProgressPercent",
                table: "SubProject",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionItem",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItem", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItem_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationPoint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationPoint", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationPoint_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InvolvedOrganisation",
                columns: table => new
                {
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvolvedOrganisation", x => new { x.SubProjectId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_InvolvedOrganisation_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvolvedOrganisation_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Agenda = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ChairName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Decisions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meeting_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Milestone",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReachedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestone_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressUpdate_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectResult",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectResult", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectResult_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItem_SubProjectId",
                table: "ActionItem",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationPoint_SubProjectId",
                table: "EvaluationPoint",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_InvolvedOrganisation_OrganisationId",
                table: "InvolvedOrganisation",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Meeting_SubProjectId",
                table: "Meeting",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestone_SubProjectId",
                table: "Milestone",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_SubProjectId",
                table: "ProgressUpdate",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectResult_PublishedAt",
                table: "ProjectResult",
                column: "PublishedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectResult_SubProjectId",
                table: "ProjectResult",
                column: "SubProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItem");

            migrationBuilder.DropTable(
                name: "EvaluationPoint");

            migrationBuilder.DropTable(
                name: "InvolvedOrganisation");

            migrationBuilder.DropTable(
                name: "Meeting");

            migrationBuilder.DropTable(
                name: "Milestone");

            migrationBuilder.DropTable(
                name: "ProgressUpdate");

            migrationBuilder.DropTable(
                name: "ProjectResult");

            migrationBuilder.DropColumn(
                name: "ProgressPercent",
                table: "SubProject");
        }
    }
}
