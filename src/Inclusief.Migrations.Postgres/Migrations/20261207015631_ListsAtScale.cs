using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListsAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Event_EndsAt",
                table: "Event");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_Status",
                table: "Complaint");

            migrationBuilder.AddColumn<bool>(
                name: "AwaitsReply",
                table: "Complaint",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "PriorityRank",
                table: "Complaint",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing cases get the values the domain now keeps: the priority's rank, and whether the thread's last
            // message to or from the reporter is the reporter's.
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""PriorityRank"" = CASE ""Priority"" WHEN 'Urgent' THEN 2 WHEN 'High' THEN 1 ELSE 0 END;");
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""AwaitsReply"" = COALESCE((SELECT m.""FromReporter"" FROM ""ComplaintMessage"" AS m WHERE m.""ComplaintId"" = ""Complaint"".""Id"" AND NOT m.""IsInternal"" ORDER BY m.""Number"" DESC LIMIT 1), FALSE);");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_ToHandle",
                table: "SafetyReport",
                columns: new[] { "ReceivedOn", "ArrivalNumber" },
                filter: "\"HandledAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Event_EndsAt_Id",
                table: "Event",
                columns: new[] { "EndsAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_OpenAwaitingFirstResponse",
                table: "Complaint",
                column: "ReceivedOn",
                filter: "\"Status\" <> 'Closed' AND \"FirstResponseAt\" IS NULL AND \"Wish\" <> 'OnlyCounted'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_OpenAwaitingReply",
                table: "Complaint",
                column: "AwaitsReply",
                filter: "\"Status\" <> 'Closed' AND \"AwaitsReply\"");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_OpenQueue",
                table: "Complaint",
                columns: new[] { "PriorityRank", "ReceivedOn", "ArrivalNumber" },
                descending: new[] { true, false, false },
                filter: "\"Status\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_Status_PriorityRank_ReceivedOn_ArrivalNumber",
                table: "Complaint",
                columns: new[] { "Status", "PriorityRank", "ReceivedOn", "ArrivalNumber" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_ToHandle",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_Event_EndsAt_Id",
                table: "Event");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_OpenAwaitingFirstResponse",
                table: "Complaint");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_OpenAwaitingReply",
                table: "Complaint");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_OpenQueue",
                table: "Complaint");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_Status_PriorityRank_ReceivedOn_ArrivalNumber",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "AwaitsReply",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "PriorityRank",
                table: "Complaint");

            migrationBuilder.CreateIndex(
                name: "IX_Event_EndsAt",
                table: "Event",
                column: "EndsAt");

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_Status",
                table: "Complaint",
                column: "Status");
        }
    }
}
