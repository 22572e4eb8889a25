using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceTallies : Migration
    {
        /// <summary>
        /// The tallies of the services already saved, by the annual report's rule (docs/statistics.md): a service counts
        /// unless it is deleted or a service that is not deleted amends it. SQLite keeps a day as 'yyyy-MM-dd' text.
        /// </summary>
        public const string FillSql = """
            INSERT INTO "ServiceTallies" ("CaseId", "TypeCode", "Year", "Services")
            SELECT "s"."CaseId", "s"."TypeCode", CAST(strftime('%Y', "s"."On") AS INTEGER), COUNT(*)
            FROM "CaseServices" AS "s"
            WHERE "s"."IsDeleted" = 0
              AND NOT EXISTS (SELECT 1 FROM "CaseServices" AS "a" WHERE "a"."AmendsServiceId" = "s"."Id" AND "a"."IsDeleted" = 0)
            GROUP BY "s"."CaseId", "s"."TypeCode", CAST(strftime('%Y', "s"."On") AS INTEGER);
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseServices_TypeCode_CaseId_On_IsDeleted_Id",
                table: "CaseServices");

            migrationBuilder.CreateTable(
                name: "ServiceTallies",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Services = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceTallies", x => new { x.CaseId, x.TypeCode, x.Year });
                    table.ForeignKey(
                        name: "FK_ServiceTallies_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceTallies_Year_TypeCode_Services",
                table: "ServiceTallies",
                columns: new[] { "Year", "TypeCode", "Services" });

            migrationBuilder.Sql(FillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServiceTallies");

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_TypeCode_CaseId_On_IsDeleted_Id",
                table: "CaseServices",
                columns: new[] { "TypeCode", "CaseId", "On", "IsDeleted", "Id" });
        }
    }
}
