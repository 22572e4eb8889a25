using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportCodeValueLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CaseCodeListValues_CaseId_Field_Code_IsDeleted",
                table: "CaseCodeListValues",
                columns: new[] { "CaseId", "Field", "Code", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CaseCodeListValues_CaseId_Field_Code_IsDeleted",
                table: "CaseCodeListValues");
        }
    }
}
