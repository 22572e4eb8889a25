using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseloadIndexHoldsTheKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_IsRestricted_Live",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_IsRestricted_Id_Live",
                table: "Cases",
                columns: new[] { "Status", "IsRestricted", "Id" },
                filter: "IsDeleted = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_IsRestricted_Id_Live",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_IsRestricted_Live",
                table: "Cases",
                columns: new[] { "Status", "IsRestricted" },
                filter: "IsDeleted = 0");
        }
    }
}
