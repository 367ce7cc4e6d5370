using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationPointsAndKnowledgeAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AgendaLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Questions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResultsWanted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaLine", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaVersion",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaVersion", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgrammeEvaluationPoint",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FrozenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Figures = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    WhatWorked = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WhatDidNotWork = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WhatParticipantsSaid = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PartnersInvitedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AgreedChanges = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgrammeEvaluationPoint", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgendaCommitment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Contribution = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaCommitment_AgendaLine_AgendaLineId",
                        column: x => x.AgendaLineId,
                        principalTable: "AgendaLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaCommitment_Organisation_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisation",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaWork",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    O = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaWork", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaWork_AgendaLine_AgendaLineId",
                        column: x => x.AgendaLineId,
                        principalTable: "AgendaLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerView",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeEvaluationPointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    WrittenById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerView", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerView_ProgrammeEvaluationPoint_ProgrammeEvaluationPointId",
                        column: x => x.ProgrammeEvaluationPointId,
                        principalTable: "ProgrammeEvaluationPoint",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaCommitment_AgendaLineId_OrganisationId",
                table: "AgendaCommitment",
                columns: new[] { "AgendaLineId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaCommitment_OrganisationId",
                table: "AgendaCommitment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaVersion_Number",
                table: "AgendaVersion",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaWork_AgendaLineId_Kind_TargetId",
                table: "AgendaWork",
                columns: new[] { "AgendaLineId", "Kind", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerView_ProgrammeEvaluationPointId_OrganisationId",
                table: "PartnerView",
                columns: new[] { "ProgrammeEvaluationPointId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerView_WrittenById",
                table: "PartnerView",
                column: "WrittenById");

            migrationBuilder.CreateIndex(
                name: "IX_ProgrammeEvaluationPoint_PublishedAt",
                table: "ProgrammeEvaluationPoint",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaCommitment");

            migrationBuilder.DropTable(
                name: "AgendaVersion");

            migrationBuilder.DropTable(
                name: "AgendaWork");

            migrationBuilder.DropTable(
                name: "PartnerView");

            migrationBuilder.DropTable(
                name: "AgendaLine");

            migrationBuilder.DropTable(
                name: "ProgrammeEvaluationPoint");
        }
    }
}
