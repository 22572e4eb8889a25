using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DecisionDaysFromTheCase : Migration
    {
        /// <summary>
        /// A case opened from a referral keeps the referral's arrival as the start of its procedure, and the report's days
        /// to a decision now read it there; a re-import that corrected a referral's day before this version left the
        /// case's start behind, so the cases whose start differs from their referral's arrival take it.
        /// </summary>
        public const string RepairSql = """
            UPDATE [c] SET [c].[ProcedureStartedAtUtc] = [r].[ReceivedAtUtc]
            FROM [Cases] AS [c]
            INNER JOIN [Referrals] AS [r] ON [r].[Id] = [c].[ReferralId]
            WHERE [c].[ProcedureStartedAtUtc] <> [r].[ReceivedAtUtc];
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted_ReferralId_ProcedureStartedAtUtc",
                table: "Cases",
                columns: new[] { "FirstDecidedOn", "IsDeleted", "ReferralId", "ProcedureStartedAtUtc" });

            migrationBuilder.Sql(RepairSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted_ReferralId_ProcedureStartedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FirstDecidedOn_IsDeleted",
                table: "Cases",
                columns: new[] { "FirstDecidedOn", "IsDeleted" });
        }
    }
}
