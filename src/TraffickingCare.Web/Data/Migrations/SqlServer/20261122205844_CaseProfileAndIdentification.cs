using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseProfileAndIdentification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Documents",
                table: "PersonIdentities",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AgeAtExploitation",
                table: "Cases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CitizenshipCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EducationCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExploitationFrom",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExploitationMunicipalityCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExploitationTo",
                table: "Cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FormalIdentificationStartedAtUtc",
                table: "Cases",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsChildAtExploitation",
                table: "Cases",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsTransnational",
                table: "Cases",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MaritalStatusCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProcedureStartedAtUtc",
                table: "Cases",
                type: "datetime2",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "RecruitmentMethodCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RelationshipToTraffickerCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResidenceMunicipalityCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SexCode",
                table: "Cases",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            // Existing cases: the decision clock starts when their referral arrived (or when they were opened).
            migrationBuilder.Sql("UPDATE Cases SET ProcedureStartedAtUtc = COALESCE((SELECT r.ReceivedAtUtc FROM Referrals r WHERE r.Id = Cases.ReferralId), Cases.OpenedAtUtc);");

            migrationBuilder.CreateTable(
                name: "CaseCodeListValues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Field = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
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
                    table.PrimaryKey("PK_CaseCodeListValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseCodeListValues_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FindingsAndOpinions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    SupersedesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Sources = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    EstablishedFacts = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    IndicatorAnalysis = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Opinion = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Decision = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    FirstAuthorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SecondAuthorId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FormsRevision = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_FindingsAndOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FindingsAndOpinions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FindingsAndOpinions_FindingsAndOpinions_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "FindingsAndOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IdentificationIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SetVersion = table.Column<int>(type: "int", nullable: false),
                    RetiredInSetVersion = table.Column<int>(type: "int", nullable: true),
                    Group = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    LabelLatin = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LabelCyrillic = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LabelEnglish = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
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
                    table.PrimaryKey("PK_IdentificationIndicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InformationSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Institution = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Document = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
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
                    table.PrimaryKey("PK_InformationSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationSources_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Interviewers = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Interpreter = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Place = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", nullable: true),
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
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PreliminaryChecklists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorSetVersion = table.Column<int>(type: "int", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AnswersRevision = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_PreliminaryChecklists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreliminaryChecklists_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FindingsExploitationForms",
                columns: table => new
                {
                    FindingsId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingsExploitationForms", x => new { x.FindingsId, x.Code });
                    table.ForeignKey(
                        name: "FK_FindingsExploitationForms_FindingsAndOpinions_FindingsId",
                        column: x => x.FindingsId,
                        principalTable: "FindingsAndOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndicatorCode = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Group = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(max)", nullable: true),
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
                    table.PrimaryKey("PK_IndicatorResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorResponses_PreliminaryChecklists_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "PreliminaryChecklists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FollowUpOn_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "FollowUpOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FormalIdentificationStartedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "FormalIdentificationStartedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_ProcedureStartedAtUtc_IsDeleted",
                table: "Cases",
                columns: new[] { "Status", "ProcedureStartedAtUtc", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCodeListValues_CaseId_Field_Code",
                table: "CaseCodeListValues",
                columns: new[] { "CaseId", "Field", "Code" },
                unique: true,
                filter: "IsDeleted = 0");

            migrationBuilder.CreateIndex(
                name: "IX_CaseCodeListValues_Field_Code_CaseId_IsDeleted",
                table: "CaseCodeListValues",
                columns: new[] { "Field", "Code", "CaseId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_FindingsAndOpinions_CaseId_Revision",
                table: "FindingsAndOpinions",
                columns: new[] { "CaseId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FindingsAndOpinions_Status_DecidedOn",
                table: "FindingsAndOpinions",
                columns: new[] { "Status", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FindingsAndOpinions_SupersedesId",
                table: "FindingsAndOpinions",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_FindingsExploitationForms_Code",
                table: "FindingsExploitationForms",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_IdentificationIndicators_Code_SetVersion",
                table: "IdentificationIndicators",
                columns: new[] { "Code", "SetVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorResponses_ChecklistId_IndicatorCode",
                table: "IndicatorResponses",
                columns: new[] { "ChecklistId", "IndicatorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InformationSources_CaseId_ReceivedOn",
                table: "InformationSources",
                columns: new[] { "CaseId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_CaseId_HeldOn",
                table: "Interviews",
                columns: new[] { "CaseId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreliminaryChecklists_CaseId",
                table: "PreliminaryChecklists",
                column: "CaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseCodeListValues");

            migrationBuilder.DropTable(
                name: "FindingsExploitationForms");

            migrationBuilder.DropTable(
                name: "IdentificationIndicators");

            migrationBuilder.DropTable(
                name: "IndicatorResponses");

            migrationBuilder.DropTable(
                name: "InformationSources");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropTable(
                name: "FindingsAndOpinions");

            migrationBuilder.DropTable(
                name: "PreliminaryChecklists");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FollowUpOn_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FormalIdentificationStartedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_ProcedureStartedAtUtc_IsDeleted",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Documents",
                table: "PersonIdentities");

            migrationBuilder.DropColumn(
                name: "AgeAtExploitation",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "CitizenshipCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "EducationCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExploitationFrom",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExploitationMunicipalityCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ExploitationTo",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FormalIdentificationStartedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IsChildAtExploitation",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "IsTransnational",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MaritalStatusCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ProcedureStartedAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RecruitmentMethodCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "RelationshipToTraffickerCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "ResidenceMunicipalityCode",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "SexCode",
                table: "Cases");
        }
    }
}
