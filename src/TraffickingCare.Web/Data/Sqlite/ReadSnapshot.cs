using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// A page's queries in one read transaction on SQLite, so they read one state of the file, and read it once.
/// </summary>
/// <remarks>
/// In write-ahead-log mode SQLite drops a connection's whole page cache when a read transaction begins after another
/// connection wrote, and each query outside a transaction is a read transaction of its own. Under load every view
/// writes its audit row, so nearly every query of the case page started from an empty cache and read its pages from
/// the file again: 279 reads from the file a view at the seeded million, 235 in one transaction
/// (docs/performance.md). In one transaction the page's queries share the pages they have in common (the indexes'
/// upper levels, the case's own rows), and every panel shows the case as it was at one moment.
/// A deferred BEGIN takes no lock until the first read, and never the write lock: what runs inside must only read
/// (a page's audit row is written through its own context). It runs inside the execution strategy, as a transaction
/// must where the strategy retries. On SQL Server, or inside a transaction already open, the read runs as it is.
/// </remarks>
public static class ReadSnapshot
{
    public static Task<T> ReadAsync<T>(AppDbContext db, Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is not null)
        {
            return read(ct);
        }

        return db.Database.CreateExecutionStrategy().ExecuteAsync(read, async (reads, ct) =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                // Disposed in reverse: EF's wrapper first (no transaction in use, the connection closed as often as
                // the wrapper opened it), then SQLite's transaction (rolled back: it only read).
                await using var transaction = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
                await using var used = await db.Database.UseTransactionAsync(transaction, ct);
                return await reads(ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, ct);
    }
}
