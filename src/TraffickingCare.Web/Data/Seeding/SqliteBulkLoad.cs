using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Seeding;

/// <summary>
/// SQLite settings for the seed's bulk write, which has the database to itself: the rollback journal is kept in memory
/// instead of the write-ahead log, so each page is written once (the log wrote every page twice: into the log, then
/// into the file at each batch's checkpoint, a sixth of the seed's time at 30,000 cases) and nothing waits for the disk.
/// (A cache of 2 GiB of pages besides made the seed half as slow again.) A batch still commits or
/// rolls back as a whole; a seed stopped half-way leaves a database to throw away, as it always did. The connection is
/// held open meanwhile, and at the end it is given back with the app's own settings (<see cref="SqlitePragmaInterceptor"/>).
/// On SQL Server nothing changes.
/// </summary>
internal sealed class SqliteBulkLoad : IAsyncDisposable
{
    private const string During = "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF;";

    private readonly AppDbContext? db;

    private SqliteBulkLoad(AppDbContext? db) => this.db = db;

    public static async Task<SqliteBulkLoad> BeginAsync(AppDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return new SqliteBulkLoad(null);
        }

        // The journal can leave write-ahead logging only while no other connection has the file open: the idle ones
        // (the migrations', the accounts') are closed first.
        Sqlite.KeptSqliteConnections.ClearPool(db.Database.GetConnectionString()!);
        await db.Database.OpenConnectionAsync(ct);
        await db.Database.ExecuteSqlRawAsync(During, ct);
        return new SqliteBulkLoad(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is null)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync(SqlitePragmaInterceptor.Pragmas);
        await db.Database.CloseConnectionAsync();
    }
}
