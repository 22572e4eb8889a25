using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ValidatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    NewCases = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    WrappedKey = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CommittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Created = table.Column<int>(type: "int", nullable: false),
                    Updated = table.Column<int>(type: "int", nullable: false),
                    Unchanged = table.Column<int>(type: "int", nullable: false),
                    FailureKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportedCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExternalCaseId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FirstImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LastImportId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Row = table.Column<int>(type: "int", nullable: false),
                    Fingerprint = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Consent = table.Column<bool>(type: "bit", nullable: true),
                    DecisionMakingOrganisation = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ForcedLabourIndustry = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    FurtherRecruitmentMethods = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SexExploitationTypes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SupportTypes = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeletedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
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
