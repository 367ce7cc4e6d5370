using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inclusief.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityMergers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MergedInto",
                table: "Municipality",
                type: "TEXT",
                maxLength: 6,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "Municipality");
        }
    }
}
