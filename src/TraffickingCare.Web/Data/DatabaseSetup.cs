using Microsoft.Data.Sqlite;
using TraffickingCare.Web.Data.Encryption;
using TraffickingCare.Web.Infrastructure.Diagnostics;

namespace TraffickingCare.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// The context's options are built once, not for every request's context (EF's default): they hold nothing of a
    /// request, and building them again (provider, interceptor, warnings) was a share of what every page allocated.
    /// </summary>
    private const ServiceLifetime OptionsBuiltOnce = ServiceLifetime.Singleton;

    public static void AddAppDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentActor>();
        services.AddSingleton<FieldProtector>();
        services.AddScoped<AppDbContextServices>();
        services.AddScoped<EncryptedColumnBackfill>();
        services.AddSingleton(new PersonSearch.BlindIndexKey(builder.Configuration[PersonSearch.BlindIndexKey.ConfigurationKey]));
        services.AddScoped<PersonSearch.PersonSearchIndex>();
        services.AddSingleton(new Auditing.AuditChainKey(builder.Configuration[Auditing.AuditChainKey.ConfigurationKey]));
        services.AddScoped<Auditing.AuditChainSealer>();
        services.AddScoped<Auditing.AuditChainVerifier>();
        services.AddSingleton<Auditing.AuditChainMonitor>();
        services.AddOptions<Auditing.AuditChainOptions>().Bind(builder.Configuration.GetSection(Auditing.AuditChainOptions.Section));
        services.AddHostedService<Auditing.AuditChainSealing>();

        if (options.IsSqlServer)
        {
            var connectionString = builder.Configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("ConnectionStrings:SqlServer is required when Database:Provider is SqlServer.");
            services.AddDbContext<AppDbContext, SqlServerAppDbContext>(o => o.UseAppSqlServer(connectionString), optionsLifetime: OptionsBuiltOnce);
        }
        else
        {
            var connectionString = SqliteConnectionString(builder.Configuration, builder.Environment.ContentRootPath);
            services.AddSingleton(_ => new Sqlite.KeptSqliteConnectionsLifetime(connectionString));
            services.AddHostedService(provider => provider.GetRequiredService<Sqlite.KeptSqliteConnectionsLifetime>());
            var capture = builder.Configuration[SqlCaptureOptions.FileKey];
            if (builder.Environment.IsDevelopment() && !string.IsNullOrWhiteSpace(capture))
            {
                services.AddSingleton(new SqlCaptureOptions { File = Path.GetFullPath(capture) });
                services.AddSingleton<SqlCaptureInterceptor>();
                services.AddDbContext<AppDbContext, SqliteAppDbContext>((provider, o) =>
                    o.UseAppSqlite(connectionString).AddInterceptors(provider.GetRequiredService<SqlCaptureInterceptor>()), optionsLifetime: OptionsBuiltOnce);
            }
            else
            {
                services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseAppSqlite(connectionString), optionsLifetime: OptionsBuiltOnce);
            }
        }
    }

    /// <summary>A relative SQLite path is taken from the content root, and its folder is created.</summary>
    internal static string SqliteConnectionString(IConfiguration configuration, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(
            configuration.GetConnectionString("Sqlite") ?? "Data Source=data/traffickingcare.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
