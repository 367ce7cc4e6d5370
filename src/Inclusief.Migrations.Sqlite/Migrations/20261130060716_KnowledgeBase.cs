using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "KnowledgeItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MediaUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CoverImageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TargetGroupIds = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProjectIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EventIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ResultIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    MunicipalityCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeAttachment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
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
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            // Full-text index of published items (rowid = item id), kept in step by KnowledgeSearch. Porter stems
            // English; Dutch relies on prefix queries; diacritics are folded so "coordinator" finds "coördinator".
            // The filter columns ride along unindexed and come first: SQLite then reads them without touching the
            // overflow pages that hold a long body, and a search never has to join the (large) item rows.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE knowledge_search USING fts5(visibility UNINDEXED, kind UNINDEXED, themes UNINDEXED, published UNINDEXED, title, summary, body, tokenize = 'porter unicode61 remove_diacritics 2');");
            // The head of each item (title; summary with themes) on its own: title and summary matches are then
            // found by walking short lists, not the list of every item that mentions a common word somewhere.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE knowledge_search_head USING fts5(visibility UNINDEXED, kind UNINDEXED, themes UNINDEXED, published UNINDEXED, title, head, tokenize = 'porter unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS knowledge_search;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS knowledge_search_head;");

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
