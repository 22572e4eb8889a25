using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseClockColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "FormalIdentificationStartedAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProcedureStartedAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing cases: the clock starts when their referral arrived (or when they were opened),
            // formal identification when their first findings and opinion was begun.
            migrationBuilder.Sql("UPDATE Cases SET ProcedureStartedAtUtc = COALESCE((SELECT r.ReceivedAtUtc FROM Referrals r WHERE r.Id = Cases.ReferralId), Cases.OpenedAtUtc);");
            migrationBuilder.Sql("UPDATE Cases SET FormalIdentificationStartedAtUtc = (SELECT MIN(f.CreatedAtUtc) FROM FindingsAndOpinions f WHERE f.CaseId = Cases.Id);");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FollowUpOn_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "FollowUpOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FormalIdentificationStartedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "FormalIdentificationStartedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ProcedureStartedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "ProcedureStartedAtUtc", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FollowUpOn_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FormalIdentificationStartedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_ProcedureStartedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FormalIdentificationStartedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProcedureStartedAtUtc",
                table: "Cases");
        }
    }
}
