using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AnonymousSubmissionsKeepTheDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_Status_CreatedAt",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintMessage_ComplaintId_CreatedAt",
                table: "ComplaintMessage");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_Status_CreatedAt",
                table: "Complaint");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "SafetyReport",
                newName: "ReceivedOn");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "ComplaintMessage",
                newName: "WrittenOn");

            migrationBuilder.RenameColumn(
                name: "ReferralConsentAt",
                table: "Complaint",
                newName: "ReferralConsentOn");

            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "Complaint",
                newName: "ReceivedOn");

            migrationBuilder.AddColumn<int>(
                name: "ArrivalNumber",
                table: "SafetyReport",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ComplaintMessage",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ArrivalNumber",
                table: "Complaint",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The renamed columns still hold the full time: number the rows by it, then keep only the day. SQLite has
            // no time zones, so the Dutch day is taken as UTC+1 (a row from the last summer hour before midnight moves a day).
            migrationBuilder.Sql(@"UPDATE ""Complaint"" AS c SET ""ArrivalNumber"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY date(""ReceivedOn"", '+1 hours') ORDER BY ""ReceivedOn"", ""Id"") AS rn FROM ""Complaint"") AS n WHERE c.""Id"" = n.""Id"";");
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""ReceivedOn"" = date(""ReceivedOn"", '+1 hours'), ""ReferralConsentOn"" = date(""ReferralConsentOn"", '+1 hours');");
            migrationBuilder.Sql(@"UPDATE ""ComplaintMessage"" AS m SET ""Number"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""ComplaintId"" ORDER BY ""WrittenOn"", ""Id"") AS rn FROM ""ComplaintMessage"") AS n WHERE m.""Id"" = n.""Id"";");
            migrationBuilder.Sql(@"UPDATE ""ComplaintMessage"" SET ""WrittenOn"" = date(""WrittenOn"", '+1 hours');");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" AS r SET ""ArrivalNumber"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY date(""ReceivedOn"", '+1 hours') ORDER BY ""ReceivedOn"", ""Id"") AS rn FROM ""SafetyReport"") AS n WHERE r.""Id"" = n.""Id"";");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" SET ""ReceivedOn"" = date(""ReceivedOn"", '+1 hours');");
            // A receipt code's expiry was its last use plus a period: it runs to the end of that day now, or it would still tell the second.
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""ReceiptExpiresAt"" = datetime(date(""ReceiptExpiresAt"", '+1 hours', '+1 days'), '-1 hours') WHERE ""ReceiptExpiresAt"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" SET ""ReceiptExpiresAt"" = datetime(date(""ReceiptExpiresAt"", '+1 hours', '+1 days'), '-1 hours') WHERE ""ReceiptExpiresAt"" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_ReceivedOn_ArrivalNumber",
                table: "SafetyReport",
                columns: new[] { "ReceivedOn", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_Status",
                table: "SafetyReport",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintMessage_ComplaintId_Number",
                table: "ComplaintMessage",
                columns: new[] { "ComplaintId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_ReceivedOn_ArrivalNumber",
                table: "Complaint",
                columns: new[] { "ReceivedOn", "ArrivalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_Status",
                table: "Complaint",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_ReceivedOn_ArrivalNumber",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_SafetyReport_Status",
                table: "SafetyReport");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintMessage_ComplaintId_Number",
                table: "ComplaintMessage");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_ReceivedOn_ArrivalNumber",
                table: "Complaint");

            migrationBuilder.DropIndex(
                name: "IX_Complaint_Status",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "ArrivalNumber",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ComplaintMessage");

            migrationBuilder.DropColumn(
                name: "ArrivalNumber",
                table: "Complaint");

            migrationBuilder.RenameColumn(
                name: "ReceivedOn",
                table: "SafetyReport",
                newName: "CreatedAt");

            migrationBuilder.RenameColumn(
                name: "WrittenOn",
                table: "ComplaintMessage",
                newName: "CreatedAt");

            migrationBuilder.RenameColumn(
                name: "ReferralConsentOn",
                table: "Complaint",
                newName: "ReferralConsentAt");

            migrationBuilder.RenameColumn(
                name: "ReceivedOn",
                table: "Complaint",
                newName: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SafetyReport_Status_CreatedAt",
                table: "SafetyReport",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintMessage_ComplaintId_CreatedAt",
                table: "ComplaintMessage",
                columns: new[] { "ComplaintId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaint_Status_CreatedAt",
                table: "Complaint",
                columns: new[] { "Status", "CreatedAt" });
        }
    }
}
