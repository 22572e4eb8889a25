using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Domain.Partners;
using TraffickingCare.IntegrationTests.Infrastructure;
using TraffickingCare.Web.Data;
using TraffickingCare.Web.Data.Sqlite;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// On SQLite a context takes a connection kept open between contexts, and a query EF has run before on that connection
/// runs through the statement SQLite compiled the first time, with the new query's parameters. A connection given back
/// in a transaction it did not end, after a PRAGMA, or after its database's pool was cleared is closed, not lent to the
/// next request; the app's stopping closes the ones it kept.
/// </summary>
public sealed class KeptSqliteConnectionTests
{
    [Fact]
    public async Task A_query_run_again_runs_through_its_prepared_statement_with_the_new_parameters_and_the_connection_outlives_its_context()
    {
        await using var factory = new AppFactory();
        await AddPartnersAsync(factory, "Ustanova Be", "Ustanova Bi");

        SqliteConnection connection;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("Ustanova Be", await NamedAsync(db, "Ustanova Be"));
            connection = (SqliteConnection)db.Database.GetDbConnection();
            var statements = KeptSqliteConnections.StatementsOf(connection)!;
            var prepared = statements.Count;
            var lent = statements.Lent;
            Assert.True(prepared > 0);

            // The same query again, another value: the statement is not compiled again, and it binds the new value.
            Assert.Equal("Ustanova Bi", await NamedAsync(db, "Ustanova Bi"));
            Assert.Null(await NamedAsync(db, "Ustanova Bu"));
            Assert.Equal(prepared, statements.Count);
            Assert.Equal(lent + 2, statements.Lent);
            Assert.False(statements.Busy);
        }

        // Given back open, not closed with its context.
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task A_connection_given_back_in_a_transaction_it_did_not_end_is_closed_and_its_write_is_not_kept()
    {
        await using var factory = new AppFactory();
        await AddPartnersAsync(factory, "Ustanova Ce");

        SqliteConnection connection;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            connection = (SqliteConnection)db.Database.GetDbConnection();

            // A transaction begun on the connection itself, past EF, and never ended.
            var transaction = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE \"Partners\" SET \"Name\" = 'Ustanova Ci' WHERE \"Name\" = 'Ustanova Ce'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.NotSame(connection, db.Database.GetDbConnection());
            Assert.Equal("Ustanova Ce", await NamedAsync(db, "Ustanova Ce"));
            Assert.Null(await NamedAsync(db, "Ustanova Ci"));
        }
    }

    [Fact]
    public async Task A_transaction_ef_began_and_never_committed_is_rolled_back_and_the_connection_kept()
    {
        await using var factory = new AppFactory();
        await AddPartnersAsync(factory, "Ustanova Ge");

        SqliteConnection connection;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // As the app's handlers do: inside the execution strategy (SQL Server's retries).
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await db.Database.BeginTransactionAsync();
                var partner = await db.Partners.SingleAsync(p => p.Name == "Ustanova Ge");
                partner.Describe("Ustanova Gi", partner.Sector, partner.MunicipalityCode);
                await db.SaveChangesAsync();
            });
            connection = (SqliteConnection)db.Database.GetDbConnection();
        }

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("Ustanova Ge", await NamedAsync(db, "Ustanova Ge"));
            Assert.Null(await NamedAsync(db, "Ustanova Gi"));
        }
    }

    [Fact]
    public async Task A_connection_that_ran_a_pragma_is_closed_when_given_back_not_lent_on_with_its_settings()
    {
        await using var factory = new AppFactory();

        SqliteConnection connection;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF;");
            connection = (SqliteConnection)db.Database.GetDbConnection();
        }

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // The handle the driver's pool lends on is set up again (synchronous NORMAL is 1), whatever the PRAGMA left.
            Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync());
            Assert.Equal(1L, await db.Database.SqlQueryRaw<long>("SELECT synchronous AS Value FROM pragma_synchronous").SingleAsync());
        }
    }

    [Fact]
    public async Task A_connection_lent_out_when_its_database_s_pool_is_cleared_is_closed_when_it_comes_back()
    {
        await using var factory = new AppFactory();

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);

        KeptSqliteConnections.ClearPool(db.Database.GetConnectionString()!);
        scope.Dispose();

        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    [Fact]
    public async Task Contexts_at_once_each_read_their_own_values_through_the_kept_statements()
    {
        await using var factory = new AppFactory();
        var names = Enumerable.Range(0, 20).Select(i => $"Ustanova H{"bcdfghjklmnprstvzčćđ"[i]}").ToArray();
        await AddPartnersAsync(factory, names);

        var found = await Task.WhenAll(Enumerable.Range(0, 20 * 10).Select(i => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var name = names[i % names.Length];
            return (Asked: name, Found: await NamedAsync(db, name));
        })));

        Assert.All(found, f => Assert.Equal(f.Asked, f.Found));
    }

    [Fact]
    public async Task The_same_query_run_while_its_reader_is_open_runs_on_a_command_of_its_own()
    {
        await using var factory = new AppFactory();
        await AddPartnersAsync(factory, "Ustanova De", "Ustanova Di", "Ustanova Du");

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outer = new List<string>();
        List<string>? inner = null;
        await foreach (var name in Names(db).AsAsyncEnumerable())
        {
            outer.Add(name);
            inner ??= await Names(db).ToListAsync();
        }

        Assert.Equal(["Ustanova De", "Ustanova Di", "Ustanova Du"], outer);
        Assert.Equal(outer, inner);
        Assert.False(KeptSqliteConnections.StatementsOf((SqliteConnection)db.Database.GetDbConnection())!.Busy);
    }

    [Fact]
    public async Task Stopping_the_app_closes_the_connections_it_kept()
    {
        var factory = new AppFactory();
        await AddPartnersAsync(factory, "Ustanova Fe");
        SqliteConnection connection;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal("Ustanova Fe", await NamedAsync(db, "Ustanova Fe"));
            connection = (SqliteConnection)db.Database.GetDbConnection();
        }

        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
        await factory.DisposeAsync();
        Assert.Equal(System.Data.ConnectionState.Closed, connection.State);
    }

    private static Task<string?> NamedAsync(AppDbContext db, string name) =>
        db.Partners.AsNoTracking().Where(p => p.Name == name).Select(p => p.Name).SingleOrDefaultAsync();

    private static IQueryable<string> Names(AppDbContext db) =>
        db.Partners.AsNoTracking().Where(p => p.Name.StartsWith("Ustanova D")).OrderBy(p => p.Name).Select(p => p.Name);

    private static async Task AddPartnersAsync(AppFactory factory, params string[] names)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Partners.AddRange(names.Select(name => Partner.Create(name, Sector.SocialProtection, null)));
        await db.SaveChangesAsync();
    }
}
