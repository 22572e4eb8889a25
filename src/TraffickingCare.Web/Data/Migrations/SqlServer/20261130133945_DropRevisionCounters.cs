using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DropRevisionCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnswersRevision",
                table: "PreliminaryChecklists");

            migrationBuilder.DropColumn(
                name: "FormsRevision",
                table: "FindingsAndOpinions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswersRevision",
                table: "PreliminaryChecklists",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FormsRevision",
                table: "FindingsAndOpinions",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }
    }
}
