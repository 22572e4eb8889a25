using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TraffickingCare.Web.Data.Encryption;

namespace TraffickingCare.Web.Data;

// `dotnet ef` uses these and never connects: the connection strings are placeholders, and the
// ephemeral key ring only lets the model build (converters do not change the schema).
internal static class DesignTime
{
    public static AppDbContextServices Services() =>
        new(TimeProvider.System, new CurrentActor(new HttpContextAccessor()), new FieldProtector(new EphemeralDataProtectionProvider()));
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseAppSqlite("Data Source=design-time.db")
            .Options, DesignTime.Services());
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseAppSqlServer("Server=design-time;Database=TraffickingCare;Trusted_Connection=True;TrustServerCertificate=True")
            .Options, DesignTime.Services());
}
