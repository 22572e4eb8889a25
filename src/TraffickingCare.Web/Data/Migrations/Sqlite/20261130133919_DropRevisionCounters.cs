using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DropRevisionCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The counters only moved the root's version; the data layer now does that itself
            // (RootVersions). SQLite drops a plain column in place: EF's DropColumn would rebuild
            // both tables outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"PreliminaryChecklists\" DROP COLUMN \"AnswersRevision\";");
            migrationBuilder.Sql("ALTER TABLE \"FindingsAndOpinions\" DROP COLUMN \"FormsRevision\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnswersRevision",
                table: "PreliminaryChecklists",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FormsRevision",
                table: "FindingsAndOpinions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }
    }
}
