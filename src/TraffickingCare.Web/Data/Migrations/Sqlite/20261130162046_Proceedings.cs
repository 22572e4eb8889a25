using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Proceedings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Proceedings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StageSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LawyerEngaged = table.Column<bool>(type: "INTEGER", nullable: false),
                    LawyerPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LawyerDescription = table.Column<string>(type: "TEXT", nullable: true),
                    Measures = table.Column<int>(type: "INTEGER", nullable: false),
                    ClaimedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ClaimedCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    ClaimedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AwardedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    AwardedCurrency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NonPunishmentApplied = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Proceedings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proceedings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proceedings_Partners_AuthorityId",
                        column: x => x.AuthorityId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proceedings_Partners_LawyerPartnerId",
                        column: x => x.LawyerPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CourtId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EscortUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EscortPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PsychologicalSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatementGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Hearings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hearings_Partners_CourtId",
                        column: x => x.CourtId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hearings_Partners_EscortPartnerId",
                        column: x => x.EscortPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hearings_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProceedingStageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProceedingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_ProceedingStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProceedingStageChanges_Proceedings_ProceedingId",
                        column: x => x.ProceedingId,
                        principalTable: "Proceedings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_CaseId_StartsAtUtc_IsDeleted",
                table: "Hearings",
                columns: new[] { "CaseId", "StartsAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_CourtId",
                table: "Hearings",
                column: "CourtId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_EscortPartnerId",
                table: "Hearings",
                column: "EscortPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_ProceedingId_StartsAtUtc_IsDeleted",
                table: "Hearings",
                columns: new[] { "ProceedingId", "StartsAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_StartsAtUtc_IsDeleted",
                table: "Hearings",
                columns: new[] { "StartsAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_AuthorityId",
                table: "Proceedings",
                column: "AuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_CaseId_IsDeleted",
                table: "Proceedings",
                columns: new[] { "CaseId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_LawyerPartnerId",
                table: "Proceedings",
                column: "LawyerPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceedings_Stage_IsDeleted",
                table: "Proceedings",
                columns: new[] { "Stage", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_ProceedingStageChanges_ProceedingId_Since_IsDeleted",
                table: "ProceedingStageChanges",
                columns: new[] { "ProceedingId", "Since", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Hearings");

            migrationBuilder.DropTable(
                name: "ProceedingStageChanges");

            migrationBuilder.DropTable(
                name: "Proceedings");
        }
    }
}
