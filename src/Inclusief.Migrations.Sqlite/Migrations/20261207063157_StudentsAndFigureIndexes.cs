using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StudentsAndFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Lecturer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StudyProgramme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    SubProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdeaId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TrajectoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProductItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Decisions = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignment_Idea_IdeaId",
                        column: x => x.IdeaId,
                        principalTable: "Idea",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Assignment_KnowledgeItem_ProductItemId",
                        column: x => x.ProductItemId,
                        principalTable: "KnowledgeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Assignment_SubProject_SubProjectId",
                        column: x => x.SubProjectId,
                        principalTable: "SubProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Assignment_Trajectory_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AssignmentApplication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EncryptedMotivation = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssignmentApplication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssignmentApplication_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AssignmentApplication_Assignment_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "Assignment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WarningDelivery_DeliveredAt",
                table: "WarningDelivery",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_CompletedAt",
                table: "LessonProgress",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Assignment_IdeaId",
                table: "Assignment",
                column: "IdeaId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignment_ProductItemId",
                table: "Assignment",
                column: "ProductItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignment_Status_CreatedAt",
                table: "Assignment",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignment_SubProjectId",
                table: "Assignment",
                column: "SubProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignment_TrajectoryId",
                table: "Assignment",
                column: "TrajectoryId");

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentApplication_AssignmentId_UserId",
                table: "AssignmentApplication",
                columns: new[] { "AssignmentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssignmentApplication_UserId",
                table: "AssignmentApplication",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssignmentApplication");

            migrationBuilder.DropTable(
                name: "Assignment");

            migrationBuilder.DropIndex(
                name: "IX_WarningDelivery_DeliveredAt",
                table: "WarningDelivery");

            migrationBuilder.DropIndex(
                name: "IX_LessonProgress_CompletedAt",
                table: "LessonProgress");
        }
    }
}
