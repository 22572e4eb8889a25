using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraffickingCare.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ImportedServicesNameTheirImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ImportId",
                table: "FieldVisits",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ImportId",
                table: "CaseServices",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Without the column, the services and visits imported since cannot be told from those people logged
            // (they carry no marker, and one cannot be written back in SQL into an encrypted note): a re-import would
            // never remove them. Restore a backup taken before the upgrade instead.
            throw new NotSupportedException("ImportedServicesNameTheirImport cannot be rolled back: restore the backup taken before the upgrade.");
        }
    }
}
