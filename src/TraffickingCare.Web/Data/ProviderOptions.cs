using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;

namespace TraffickingCare.Web.Data;

/// <summary>Provider options shared by the app and the design-time factories, so both build the same model.</summary>
public static class ProviderOptions
{
#pragma warning disable EF1001 // EF's SQLite connection is replaced by one kept open between contexts (Sqlite.KeptSqliteRelationalConnection)
    public static DbContextOptionsBuilder UseAppSqlite(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)
                .MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(new SqlitePragmaInterceptor(), new Sqlite.PreparedStatementInterceptor())
            .ReplaceService<ISqliteRelationalConnection, Sqlite.KeptSqliteRelationalConnection>()
            .ReplaceService<IModelCacheKeyFactory, AppModelCacheKeyFactory>();
#pragma warning restore EF1001

    public static DbContextOptionsBuilder UseAppSqlServer(this DbContextOptionsBuilder builder, string connectionString) =>
        builder
            .UseSqlServer(connectionString, sql => sql
                .MigrationsAssembly(typeof(AppDbContext).Assembly.FullName)
                .EnableRetryOnFailure())
            .ReplaceService<IModelCacheKeyFactory, AppModelCacheKeyFactory>();

    public static DbContextOptionsBuilder<T> UseAppSqlite<T>(this DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        (DbContextOptionsBuilder<T>)((DbContextOptionsBuilder)builder).UseAppSqlite(connectionString);

    public static DbContextOptionsBuilder<T> UseAppSqlServer<T>(this DbContextOptionsBuilder<T> builder, string connectionString)
        where T : DbContext =>
        (DbContextOptionsBuilder<T>)((DbContextOptionsBuilder)builder).UseAppSqlServer(connectionString);
}
