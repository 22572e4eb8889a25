using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ServiceReportIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldVisits_AmendsVisitId",
                table: "FieldVisits");

            migrationBuilder.DropIndex(
                name: "IX_CaseServices_AmendsServiceId",
                table: "CaseServices");

            migrationBuilder.DropIndex(
                name: "IX_CaseServices_On_TypeCode_IsDeleted",
                table: "CaseServices");

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_AmendsVisitId_IsDeleted",
                table: "FieldVisits",
                columns: new[] { "AmendsVisitId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_AmendsServiceId_IsDeleted",
                table: "CaseServices",
                columns: new[] { "AmendsServiceId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_TypeCode_CaseId_On_IsDeleted_Id",
                table: "CaseServices",
                columns: new[] { "TypeCode", "CaseId", "On", "IsDeleted", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldVisits_AmendsVisitId_IsDeleted",
                table: "FieldVisits");

            migrationBuilder.DropIndex(
                name: "IX_CaseServices_AmendsServiceId_IsDeleted",
                table: "CaseServices");

            migrationBuilder.DropIndex(
                name: "IX_CaseServices_TypeCode_CaseId_On_IsDeleted_Id",
                table: "CaseServices");

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisits_AmendsVisitId",
                table: "FieldVisits",
                column: "AmendsVisitId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_AmendsServiceId",
                table: "CaseServices",
                column: "AmendsServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseServices_On_TypeCode_IsDeleted",
                table: "CaseServices",
                columns: new[] { "On", "TypeCode", "IsDeleted" });
        }
    }
}
