using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReferralsAndCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReceivedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChannelCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReferrerSectorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReferrerOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerContact = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    MunicipalityCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Circumstances = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TriageDeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    LoggedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AssigneeId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TriagedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    TriagedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    MinutesToTriage = table.Column<int>(type: "int", nullable: true),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OutcomeNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PersonAge = table.Column<int>(type: "int", nullable: true),
                    PersonCitizenshipCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PersonDateOfBirth = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PersonLanguageCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PersonNameOrAlias = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PersonSexCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UrgentChild = table.Column<bool>(type: "bit", nullable: false),
                    UrgentDetained = table.Column<bool>(type: "bit", nullable: false),
                    UrgentImmediateDanger = table.Column<bool>(type: "bit", nullable: false),
                    UrgentInjured = table.Column<bool>(type: "bit", nullable: false),
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
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    CodeYear = table.Column<int>(type: "int", nullable: false),
                    CodeSequence = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    StatusBeforeClosure = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReferralId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonIdentityId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LeadCaseworkerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IsRestricted = table.Column<bool>(type: "bit", nullable: false),
                    PresumedVictimSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureReasonCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "date", nullable: true),
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
                    table.PrimaryKey("PK_Cases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cases_PersonIdentities_PersonIdentityId",
                        column: x => x.PersonIdentityId,
                        principalTable: "PersonIdentities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Cases_Referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "Referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AuthorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AmendsNoteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
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
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_CaseNotes_AmendsNoteId",
                        column: x => x.AmendsNoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
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
                    table.PrimaryKey("PK_CaseTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTeamMembers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_AmendsNoteId",
                table: "CaseNotes",
                column: "AmendsNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CaseId_WrittenAtUtc",
                table: "CaseNotes",
                columns: new[] { "CaseId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Code",
                table: "Cases",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CodeYear_CodeSequence",
                table: "Cases",
                columns: new[] { "CodeYear", "CodeSequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_LeadCaseworkerId",
                table: "Cases",
                column: "LeadCaseworkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonIdentityId",
                table: "Cases",
                column: "PersonIdentityId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReferralId",
                table: "Cases",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_OpenedAtUtc",
                table: "Cases",
                columns: new[] { "Status", "OpenedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_CaseId",
                table: "CaseTeamMembers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTeamMembers_UserId_CaseId",
                table: "CaseTeamMembers",
                columns: new[] { "UserId", "CaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_AssigneeId",
                table: "Referrals",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_LoggedBy",
                table: "Referrals",
                column: "LoggedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReceivedAtUtc",
                table: "Referrals",
                column: "ReceivedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_Status_TriageDeadlineUtc",
                table: "Referrals",
                columns: new[] { "Status", "TriageDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_SubmissionKey",
                table: "Referrals",
                column: "SubmissionKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "CaseTeamMembers");

            migrationBuilder.DropTable(
                name: "Cases");

            migrationBuilder.DropTable(
                name: "Referrals");
        }
    }
}
