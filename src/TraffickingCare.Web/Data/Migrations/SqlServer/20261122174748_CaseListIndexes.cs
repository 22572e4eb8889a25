using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_OpenedAtUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OpenedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "OpenedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_OpenedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "OpenedAtUtc", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_OpenedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_OpenedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_OpenedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "OpenedAtUtc" });
        }
    }
}
