using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CountedPersons : Migration
    {
        /// <summary>
        /// The identified persons of the cases already saved, by the annual report's rule (docs/statistics.md): a case
        /// whose decision as it stands is "identified" (a closed case's by its status before closing), in the year of its
        /// identification; of one person's cases identified in one year, the one with the lowest case code.
        /// </summary>
        public const string FillSql = """
            INSERT INTO [CountedPersons] ([CaseId], [Year])
            SELECT [c].[Id], YEAR([c].[IdentifiedOn])
            FROM [Cases] AS [c]
            WHERE [c].[IsDeleted] = 0 AND [c].[IdentifiedOn] IS NOT NULL
              AND CASE WHEN [c].[Status] = N'Closed' THEN [c].[StatusBeforeClosure] ELSE [c].[Status] END = N'IdentifiedVictim'
              AND ([c].[PersonIdentityId] IS NULL OR NOT EXISTS (
                SELECT 1 FROM [Cases] AS [o]
                WHERE [o].[PersonIdentityId] = [c].[PersonIdentityId] AND [o].[IsDeleted] = 0 AND [o].[IdentifiedOn] IS NOT NULL
                  AND CASE WHEN [o].[Status] = N'Closed' THEN [o].[StatusBeforeClosure] ELSE [o].[Status] END = N'IdentifiedVictim'
                  AND YEAR([o].[IdentifiedOn]) = YEAR([c].[IdentifiedOn]) AND [o].[Code] < [c].[Code]));
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CountedPersons",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountedPersons", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_CountedPersons_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CountedPersons_Year_CaseId",
                table: "CountedPersons",
                columns: new[] { "Year", "CaseId" });

            migrationBuilder.Sql(FillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CountedPersons");
        }
    }
}
