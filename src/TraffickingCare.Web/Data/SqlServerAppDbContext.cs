using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data;

/// <summary>The SQL Server flavour of <see cref="AppDbContext"/>; migrations in Data/Migrations/SqlServer.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, AppDbContextServices services)
    : AppDbContext(options, services);
