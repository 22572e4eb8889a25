using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SupportNetwork : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NetworkActors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartnerContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RoleCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastContactOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeletedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NetworkActors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NetworkActors_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NetworkActors_PartnerContacts_PartnerContactId",
                        column: x => x.PartnerContactId,
                        principalTable: "PartnerContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NetworkActors_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkActors_CaseId_EndedOn_Sector_IsDeleted",
                table: "NetworkActors",
                columns: new[] { "CaseId", "EndedOn", "Sector", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkActors_PartnerContactId_IsDeleted",
                table: "NetworkActors",
                columns: new[] { "PartnerContactId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_NetworkActors_PartnerId_IsDeleted",
                table: "NetworkActors",
                columns: new[] { "PartnerId", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NetworkActors");
        }
    }
}
