using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Participant_CreatedAt",
                table: "Participant",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_Status_CreatedAt",
                table: "Participant",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_FailedAt",
                table: "Outbox",
                column: "FailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItem_Status_UpdatedAt",
                table: "KnowledgeItem",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Event_EndsAt",
                table: "Event",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_AssignedToId",
                table: "Complaint",
                column: "AssignedToId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_DisplayName_UserName",
                table: "AspNetUsers",
                columns: new[] { "DisplayName", "UserName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Participant_CreatedAt",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_Participant_Status_CreatedAt",
                table: "Participant");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_FailedAt",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_KnowledgeItem_Status_UpdatedAt",
                table: "KnowledgeItem");

            migrationBuilder.DropIndex(
                name: "IX_Event_EndsAt",
                table: "Event");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_AssignedToId",
                table: "Complaint");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_DisplayName_UserName",
                table: "AspNetUsers");
        }
    }
}
