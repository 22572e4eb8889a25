using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HistoricalImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ValidatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    NewCases = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CommittedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("PK_CaseImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportedCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalCaseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastImportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<int>(type: "INTEGER", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Consent = table.Column<bool>(type: "INTEGER", nullable: true),
                    DecisionMakingOrganisation = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ForcedLabourIndustry = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FurtherRecruitmentMethods = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SexExploitationTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SupportTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
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
                    table.PrimaryKey("PK_ImportedCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedCases_CaseImports_FirstImportId",
                        column: x => x.FirstImportId,
                        principalTable: "CaseImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImportedCases_CaseImports_LastImportId",
                        column: x => x.LastImportId,
                        principalTable: "CaseImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImportedCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ImportedCases_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseImports_ValidatedAtUtc_IsDeleted",
                table: "CaseImports",
                columns: new[] { "ValidatedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCases_CaseId",
                table: "ImportedCases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCases_ExternalCaseId",
                table: "ImportedCases",
                column: "ExternalCaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCases_FirstImportId",
                table: "ImportedCases",
                column: "FirstImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCases_LastImportId",
                table: "ImportedCases",
                column: "LastImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedCases_ReferralId",
                table: "ImportedCases",
                column: "ReferralId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImportedCases");

            migrationBuilder.DropTable(
                name: "CaseImports");
        }
    }
}
