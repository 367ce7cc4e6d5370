using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inclusief.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeBase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KnowledgeIds",
                table: "NewsletterEdition",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "KnowledgeItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Visibility = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MediaUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CoverImageId = table.Column<Guid>(type: "uuid", nullable: true),
                    TargetGroupIds = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProjectIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    EventIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ResultIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    MunicipalityCodes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeAttachment_KnowledgeItem_ItemId",
                        column: x => x.ItemId,
                        principalTable: "KnowledgeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeLesson",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeLesson", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeLesson_KnowledgeItem_ItemId",
                        column: x => x.ItemId,
                        principalTable: "KnowledgeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeTheme",
                columns: table => new
                {
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeTheme", x => new { x.ItemId, x.Name });
                    table.ForeignKey(
                        name: "FK_KnowledgeTheme_KnowledgeItem_ItemId",
                        column: x => x.ItemId,
                        principalTable: "KnowledgeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonProgress",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LessonId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonProgress_KnowledgeLesson_LessonId",
                        column: x => x.LessonId,
                        principalTable: "KnowledgeLesson",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeAttachment_ItemId",
                table: "KnowledgeAttachment",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItem_CreatedById",
                table: "KnowledgeItem",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItem_Status_PublishedAt",
                table: "KnowledgeItem",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeLesson_ItemId_Position",
                table: "KnowledgeLesson",
                columns: new[] { "ItemId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeTheme_Name",
                table: "KnowledgeTheme",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_LessonId_UserId",
                table: "LessonProgress",
                columns: new[] { "LessonId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LessonProgress_UserId_ItemId",
                table: "LessonProgress",
                columns: new[] { "UserId", "ItemId" });

            // Full-text index of published items, kept in step by KnowledgeSearch: per item the title, the head
            // (title, summary, themes) and the whole text as tsvectors built with the stemmer of the item's language,
            // each behind a GIN index so that every ranking tier reads only its own candidates. The filter columns
            // ride along, so a search never has to join the (large) item rows.
            migrationBuilder.Sql("""
                CREATE TABLE knowledge_search (
                    item_id integer PRIMARY KEY REFERENCES "KnowledgeItem" ("Id") ON DELETE CASCADE,
                    title_doc tsvector NOT NULL,
                    head_doc tsvector NOT NULL,
                    document tsvector NOT NULL,
                    visibility text NOT NULL,
                    kind text NOT NULL,
                    themes text NOT NULL,
                    published_at timestamp with time zone);
                CREATE INDEX ix_knowledge_search_title ON knowledge_search USING GIN (title_doc);
                CREATE INDEX ix_knowledge_search_head ON knowledge_search USING GIN (head_doc);
                CREATE INDEX ix_knowledge_search_document ON knowledge_search USING GIN (document);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS knowledge_search;");

            migrationBuilder.DropTable(
                name: "KnowledgeAttachment");

            migrationBuilder.DropTable(
                name: "KnowledgeTheme");

            migrationBuilder.DropTable(
                name: "LessonProgress");

            migrationBuilder.DropTable(
                name: "KnowledgeLesson");

            migrationBuilder.DropTable(
                name: "KnowledgeItem");

            migrationBuilder.DropColumn(
                name: "KnowledgeIds",
                table: "NewsletterEdition");
        }
    }
}
