using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NewsletterEditions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NewsletterEdition",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EventIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResultIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsletterEdition", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EditionDelivery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubscriberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutboxMessageId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditionDelivery", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EditionDelivery_NewsletterEdition_EditionId",
                        column: x => x.EditionId,
                        principalTable: "NewsletterEdition",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionDelivery_NewsletterSubscriber_SubscriberId",
                        column: x => x.SubscriberId,
                        principalTable: "NewsletterSubscriber",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EditionDelivery_Outbox_OutboxMessageId",
                        column: x => x.OutboxMessageId,
                        principalTable: "Outbox",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EditionDelivery_EditionId_SubscriberId",
                table: "EditionDelivery",
                columns: new[] { "EditionId", "SubscriberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EditionDelivery_OutboxMessageId",
                table: "EditionDelivery",
                column: "OutboxMessageId");

            migrationBuilder.CreateIndex(
                name: "IX_EditionDelivery_SubscriberId",
                table: "EditionDelivery",
                column: "SubscriberId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsletterEdition_Status_SentAt",
                table: "NewsletterEdition",
                columns: new[] { "Status", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EditionDelivery");

            migrationBuilder.DropTable(
                name: "NewsletterEdition");
        }
    }
}
