using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RegisterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReceivedAtUtc",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_MunicipalityCode_ReceivedAtUtc_IsDeleted",
                table: "Referrals",
                columns: new[] { "MunicipalityCode", "ReceivedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivedAtUtc_IsDeleted",
                table: "Referrals",
                columns: new[] { "ReceivedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferrerSectorCode_ReceivedAtUtc_IsDeleted",
                table: "Referrals",
                columns: new[] { "ReferrerSectorCode", "ReceivedAtUtc", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Referrals_MunicipalityCode_ReceivedAtUtc_IsDeleted",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReceivedAtUtc_IsDeleted",
                table: "Referrals");

            migrationBuilder.DropIndex(
                name: "IX_Referrals_ReferrerSectorCode_ReceivedAtUtc_IsDeleted",
                table: "Referrals");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivedAtUtc",
                table: "Referrals",
                column: "ReceivedAtUtc");
        }
    }
}
