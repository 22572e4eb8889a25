using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FieldVisitParticipantLookup : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldVisitParticipants_FieldVisitId_IsDeleted",
                table: "FieldVisitParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisitParticipants_FieldVisitId_PartnerId_IsDeleted",
                table: "FieldVisitParticipants",
                columns: new[] { "FieldVisitId", "PartnerId", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FieldVisitParticipants_FieldVisitId_PartnerId_IsDeleted",
                table: "FieldVisitParticipants");

            migrationBuilder.CreateIndex(
                name: "IX_FieldVisitParticipants_FieldVisitId_IsDeleted",
                table: "FieldVisitParticipants",
                columns: new[] { "FieldVisitId", "IsDeleted" });
        }
    }
}
