using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
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

            migrationBuilder.AddColumn<int>(
                name: "ArrivalNumber",
                table: "SafetyReport",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "SafetyReport",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "Number",
                table: "ComplaintMessage",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WrittenOn",
                table: "ComplaintMessage",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "ArrivalNumber",
                table: "Complaint",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "Complaint",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReferralConsentOn",
                table: "Complaint",
                type: "date",
                nullable: true);

            // Existing rows keep their day and get their arrival order from the time that is dropped next.
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""ReceivedOn"" = (""CreatedAt"" AT TIME ZONE 'Europe/Amsterdam')::date, ""ReferralConsentOn"" = (""ReferralConsentAt"" AT TIME ZONE 'Europe/Amsterdam')::date;");
            migrationBuilder.Sql(@"UPDATE ""Complaint"" c SET ""ArrivalNumber"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""ReceivedOn"" ORDER BY ""CreatedAt"", ""Id"") AS rn FROM ""Complaint"") n WHERE c.""Id"" = n.""Id"";");
            migrationBuilder.Sql(@"UPDATE ""ComplaintMessage"" m SET ""WrittenOn"" = (m.""CreatedAt"" AT TIME ZONE 'Europe/Amsterdam')::date, ""Number"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""ComplaintId"" ORDER BY ""CreatedAt"", ""Id"") AS rn FROM ""ComplaintMessage"") n WHERE m.""Id"" = n.""Id"";");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" SET ""ReceivedOn"" = (""CreatedAt"" AT TIME ZONE 'Europe/Amsterdam')::date;");
            // A receipt code's expiry was its last use plus a period: it runs to the end of that day now, or it would still tell the second.
            migrationBuilder.Sql(@"UPDATE ""Complaint"" SET ""ReceiptExpiresAt"" = (((""ReceiptExpiresAt"" AT TIME ZONE 'Europe/Amsterdam')::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') WHERE ""ReceiptExpiresAt"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" SET ""ReceiptExpiresAt"" = (((""ReceiptExpiresAt"" AT TIME ZONE 'Europe/Amsterdam')::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam') WHERE ""ReceiptExpiresAt"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ""SafetyReport"" r SET ""ArrivalNumber"" = n.rn FROM (SELECT ""Id"", ROW_NUMBER() OVER (PARTITION BY ""ReceivedOn"" ORDER BY ""CreatedAt"", ""Id"") AS rn FROM ""SafetyReport"") n WHERE r.""Id"" = n.""Id"";");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "ComplaintMessage");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "ReferralConsentAt",
                table: "Complaint");

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
                name: "ReceivedOn",
                table: "SafetyReport");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "ComplaintMessage");

            migrationBuilder.DropColumn(
                name: "WrittenOn",
                table: "ComplaintMessage");

            migrationBuilder.DropColumn(
                name: "ArrivalNumber",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "Complaint");

            migrationBuilder.DropColumn(
                name: "ReferralConsentOn",
                table: "Complaint");

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "SafetyReport",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "ComplaintMessage",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Complaint",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateTime>(
                name: "ReferralConsentAt",
                table: "Complaint",
                type: "timestamp with time zone",
                nullable: true);

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
