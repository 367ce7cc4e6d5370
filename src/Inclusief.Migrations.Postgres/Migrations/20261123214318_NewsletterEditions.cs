using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Intro = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EventIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResultIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsletterEdition", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EditionDelivery",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubscriberId = table.Column<Guid>(type: "uuid", nullable: false),
                    OutboxMessageId = table.Column<long>(type: "bigint", nullable: true)
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
