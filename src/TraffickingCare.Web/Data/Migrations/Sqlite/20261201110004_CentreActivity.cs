using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CentreActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwarenessEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PeopleReached = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_AwarenessEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LocalTeams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CoordinatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CoordinatorPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_LocalTeams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalTeams_Partners_CoordinatorPartnerId",
                        column: x => x.CoordinatorPartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Accredited = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccreditationNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MunicipalityCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Women = table.Column<int>(type: "INTEGER", nullable: false),
                    Men = table.Column<int>(type: "INTEGER", nullable: false),
                    SexNotStated = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AwarenessEventPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_AwarenessEventPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwarenessEventPartners_AwarenessEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "AwarenessEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwarenessEventPartners_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalTeamMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    Conclusions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
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
                    table.PrimaryKey("PK_LocalTeamMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalTeamMeetings_LocalTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "LocalTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalTeamMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_LocalTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalTeamMembers_LocalTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "LocalTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LocalTeamMembers_Partners_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Partners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LocalTeamSupport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
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
                    table.PrimaryKey("PK_LocalTeamSupport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LocalTeamSupport_LocalTeams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "LocalTeams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WrappedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_TrainingMaterials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingMaterials_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSectorCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SectorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_TrainingSectorCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSectorCounts_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingTrainers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffUserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExternalName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExternalInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
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
                    table.PrimaryKey("PK_TrainingTrainers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingTrainers_Trainings_TrainingId",
                        column: x => x.TrainingId,
                        principalTable: "Trainings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessEventPartners_EventId_IsDeleted",
                table: "AwarenessEventPartners",
                columns: new[] { "EventId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessEventPartners_PartnerId_IsDeleted",
                table: "AwarenessEventPartners",
                columns: new[] { "PartnerId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_AwarenessEvents_HeldOn_IsDeleted",
                table: "AwarenessEvents",
                columns: new[] { "HeldOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeamMeetings_HeldOn_IsDeleted",
                table: "LocalTeamMeetings",
                columns: new[] { "HeldOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeamMeetings_TeamId_HeldOn_IsDeleted",
                table: "LocalTeamMeetings",
                columns: new[] { "TeamId", "HeldOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeamMembers_PartnerId_IsDeleted",
                table: "LocalTeamMembers",
                columns: new[] { "PartnerId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeamMembers_TeamId_IsDeleted",
                table: "LocalTeamMembers",
                columns: new[] { "TeamId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeams_CoordinatorPartnerId",
                table: "LocalTeams",
                column: "CoordinatorPartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeams_MunicipalityCode",
                table: "LocalTeams",
                column: "MunicipalityCode",
                unique: true,
                filter: "IsDeleted = 0");

            migrationBuilder.CreateIndex(
                name: "IX_LocalTeamSupport_TeamId_GivenOn_IsDeleted",
                table: "LocalTeamSupport",
                columns: new[] { "TeamId", "GivenOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMaterials_StoredName",
                table: "TrainingMaterials",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingMaterials_TrainingId_IsDeleted",
                table: "TrainingMaterials",
                columns: new[] { "TrainingId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_HeldOn_IsDeleted",
                table: "Trainings",
                columns: new[] { "HeldOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Trainings_MunicipalityCode_HeldOn_IsDeleted",
                table: "Trainings",
                columns: new[] { "MunicipalityCode", "HeldOn", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSectorCounts_SectorCode_IsDeleted",
                table: "TrainingSectorCounts",
                columns: new[] { "SectorCode", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSectorCounts_TrainingId_SectorCode",
                table: "TrainingSectorCounts",
                columns: new[] { "TrainingId", "SectorCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingTrainers_TrainingId_IsDeleted",
                table: "TrainingTrainers",
                columns: new[] { "TrainingId", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwarenessEventPartners");

            migrationBuilder.DropTable(
                name: "LocalTeamMeetings");

            migrationBuilder.DropTable(
                name: "LocalTeamMembers");

            migrationBuilder.DropTable(
                name: "LocalTeamSupport");

            migrationBuilder.DropTable(
                name: "TrainingMaterials");

            migrationBuilder.DropTable(
                name: "TrainingSectorCounts");

            migrationBuilder.DropTable(
                name: "TrainingTrainers");

            migrationBuilder.DropTable(
                name: "AwarenessEvents");

            migrationBuilder.DropTable(
                name: "LocalTeams");

            migrationBuilder.DropTable(
                name: "Trainings");
        }
    }
}
