using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditViewIndexesOfViewsOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_UserId_Action_EntityType_AtUtc_EntityId",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Views",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Views",
                table: "AuditEntries",
                columns: new[] { "EntityId", "UserId", "Action", "EntityType", "AtUtc" },
                filter: "Action = 'Viewed'");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ViewsByTime",
                table: "AuditEntries",
                columns: new[] { "UserId", "Action", "EntityType", "AtUtc", "EntityId" },
                filter: "Action = 'Viewed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Views",
                table: "AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ViewsByTime",
                table: "AuditEntries");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId_Action_EntityType_AtUtc_EntityId",
                table: "AuditEntries",
                columns: new[] { "UserId", "Action", "EntityType", "AtUtc", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Views",
                table: "AuditEntries",
                columns: new[] { "UserId", "Action", "EntityType", "EntityId", "AtUtc" },
                filter: "Action = 'Viewed'");
        }
    }
}
