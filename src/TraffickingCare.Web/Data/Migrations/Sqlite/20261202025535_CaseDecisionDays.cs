using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseDecisionDays : Migration
    {
        /// <summary>
        /// The days already decided, from the approved findings as the report counted them before (docs/statistics.md):
        /// the earliest approved decision of any kind, and the earliest approved "identified" decision.
        /// </summary>
        public const string FillSql = """
            UPDATE "Cases" SET "FirstDecidedOn" = "d"."First", "IdentifiedOn" = "d"."Identified"
            FROM (
                SELECT "f"."CaseId", MIN("f"."DecidedOn") AS "First", MIN(CASE WHEN "f"."Decision" = 'Identified' THEN "f"."DecidedOn" END) AS "Identified"
                FROM "FindingsAndOpinions" AS "f"
                WHERE "f"."IsDeleted" = 0 AND "f"."Status" = 'Final' AND "f"."Decision" IS NOT NULL AND "f"."DecidedOn" IS NOT NULL
                GROUP BY "f"."CaseId") AS "d"
            WHERE "Cases"."Id" = "d"."CaseId";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_PersonIdentityId",
                table: "Cases");

            migrationBuilder.AddColumn<DateOnly>(
                name: "FirstDecidedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "IdentifiedOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivedAtUtc_IsDeleted_Status_ReferrerSectorCode_CaseId_MunicipalityCode",
                table: "Referrals",
                columns: new[] { "ReceivedAtUtc", "IsDeleted", "Status", "ReferrerSectorCode", "CaseId", "MunicipalityCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted",
                table: "Cases",
                columns: new[] { "FirstDecidedOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Id_IsDeleted_Status_StatusBeforeClosure",
                table: "Cases",
                columns: new[] { "Id", "IsDeleted", "Status", "StatusBeforeClosure" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IdentifiedOn_IsDeleted_Status_StatusBeforeClosure_PersonIdentityId_Code_Id",
                table: "Cases",
                columns: new[] { "IdentifiedOn", "IsDeleted", "Status", "StatusBeforeClosure", "PersonIdentityId", "Code", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonIdentityId_IdentifiedOn_IsDeleted_Status_StatusBeforeClosure_Code",
                table: "Cases",
                columns: new[] { "PersonIdentityId", "IdentifiedOn", "IsDeleted", "Status", "StatusBeforeClosure", "Code" });

            migrationBuilder.Sql(FillSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReceivedAtUtc_IsDeleted_Status_ReferrerSectorCode_CaseId_MunicipalityCode",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Id_IsDeleted_Status_StatusBeforeClosure",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_IdentifiedOn_IsDeleted_Status_StatusBeforeClosure_PersonIdentityId_Code_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_PersonIdentityId_IdentifiedOn_IsDeleted_Status_StatusBeforeClosure_Code",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FirstDecidedOn",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IdentifiedOn",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonIdentityId",
                table: "Cases",
                column: "PersonIdentityId");
        }
    }
}
