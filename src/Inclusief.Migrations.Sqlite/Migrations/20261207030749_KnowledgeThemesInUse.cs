using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeThemesInUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KnowledgeTheme_Name",
                table: "KnowledgeTheme");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeTheme_Name_ItemId",
                table: "KnowledgeTheme",
                columns: new[] { "Name", "ItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KnowledgeTheme_Name_ItemId",
                table: "KnowledgeTheme");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeTheme_Name",
                table: "KnowledgeTheme",
                column: "Name");
        }
    }
}
