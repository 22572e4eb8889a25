using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data;

/// <summary>The SQLite flavour of <see cref="AppDbContext"/>; migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, AppDbContextServices services)
    : AppDbContext(options, services);
