using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonSearchTokens",
                columns: table => new
                {
                    PersonIdentityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<byte>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonSearchTokens", x => new { x.PersonIdentityId, x.Kind, x.Token });
                    table.ForeignKey(
                        name: "FK_PersonSearchTokens_PersonIdentities_PersonIdentityId",
                        column: x => x.PersonIdentityId,
                        principalTable: "PersonIdentities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonSearchTokens_Token_PersonIdentityId",
                table: "PersonSearchTokens",
                columns: new[] { "Token", "PersonIdentityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonSearchTokens");
        }
    }
}
