using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FindingsEditorsAndReturnReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "FindingsAndOpinions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FindingsEditors",
                columns: table => new
                {
                    FindingsId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FindingsEditors", x => new { x.FindingsId, x.UserId });
                    table.ForeignKey(
                        name: "FK_FindingsEditors_FindingsAndOpinions_FindingsId",
                        column: x => x.FindingsId,
                        principalTable: "FindingsAndOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Backfill: who wrote the findings saved before writers were recorded.
            migrationBuilder.Sql(Backfill.FindingsEditorsBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FindingsEditors");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "FindingsAndOpinions");
        }
    }
}
