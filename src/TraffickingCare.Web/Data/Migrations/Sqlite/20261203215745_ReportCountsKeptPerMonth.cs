using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCountsKeptPerMonth : Migration
    {
        /// <summary>The month of each counted person's identification, read from its case (kept on write from now on).</summary>
        public const string FillMonthSql = """
            UPDATE "CountedPersons" SET "Month" = (SELECT CAST(substr("c"."IdentifiedOn", 6, 2) AS INTEGER) FROM "Cases" AS "c" WHERE "c"."Id" = "CountedPersons"."CaseId");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CountedPersons_Year_CaseId",
                table: "CountedPersons");

            migrationBuilder.AddColumn<int>(
                name: "Month",
                table: "CountedPersons",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql(FillMonthSql);

            migrationBuilder.CreateTable(
                name: "DecisionWaitCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionWaitCounts", x => new { x.Year, x.Month, x.Days });
                });

            migrationBuilder.CreateTable(
                name: "PersonCodeCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonCodeCounts", x => new { x.Year, x.Month, x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "PersonProfileCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Domestic = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnyCitizenship = table.Column<bool>(type: "INTEGER", nullable: false),
                    Transnational = table.Column<bool>(type: "INTEGER", nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonProfileCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferralMonthCounts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Opened = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralMonthCounts", x => new { x.Year, x.Month, x.Sector, x.Region, x.Outcome, x.Opened });
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountedPersons_Year_Month_CaseId",
                table: "CountedPersons",
                columns: new[] { "Year", "Month", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonProfileCounts_Year_Month",
                table: "PersonProfileCounts",
                columns: new[] { "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DecisionWaitCounts");

            migrationBuilder.DropTable(
                name: "PersonCodeCounts");

            migrationBuilder.DropTable(
                name: "PersonProfileCounts");

            migrationBuilder.DropTable(
                name: "ReferralMonthCounts");

            migrationBuilder.DropIndex(
                name: "IX_CountedPersons_Year_Month_CaseId",
                table: "CountedPersons");

            migrationBuilder.DropColumn(
                name: "Month",
                table: "CountedPersons");

            migrationBuilder.CreateIndex(
                name: "IX_CountedPersons_Year_CaseId",
                table: "CountedPersons",
                columns: new[] { "Year", "CaseId" });
        }
    }
}
