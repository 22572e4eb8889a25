using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VisitTallies : Migration
    {
        /// <summary>
        /// The tallies of the field visits already saved, by the annual report's rule (docs/statistics.md): a visit counts
        /// unless it is deleted or a visit that is not deleted amends it. SQLite keeps a day as 'yyyy-MM-dd' text.
        /// </summary>
        public const string FillSql = """
            INSERT INTO "VisitTallies" ("CaseId", "Year", "Visits")
            SELECT "v"."CaseId", CAST(strftime('%Y', "v"."On") AS INTEGER), COUNT(*)
            FROM "FieldVisits" AS "v"
            WHERE "v"."IsDeleted" = 0
              AND NOT EXISTS (SELECT 1 FROM "FieldVisits" AS "a" WHERE "a"."AmendsVisitId" = "v"."Id" AND "a"."IsDeleted" = 0)
            GROUP BY "v"."CaseId", CAST(strftime('%Y', "v"."On") AS INTEGER);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VisitTallies",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Visits = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitTallies", x => new { x.CaseId, x.Year });
                    table.ForeignKey(
                        name: "FK_VisitTallies_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VisitTallies_Year_Visits",
                table: "VisitTallies",
                columns: new[] { "Year", "Visits" });

            migrationBuilder.Sql(FillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VisitTallies");
        }
    }
}
