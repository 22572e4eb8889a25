using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Seals audit rows into the chain after they are written, in the order it finds them: each gets the next place and a
/// hash over its content and the hash before it. Writers never touch the chain, so concurrent saves never wait for one
/// another over "the previous hash"; only one sealer works at a time (SQLite's write lock, taken as its transaction
/// begins; on SQL Server an application lock), and the unique place a row holds is the database's backstop.
/// </summary>
public sealed class AuditChainSealer(AppDbContext db, AuditChainKey key, TimeProvider clock)
{
    public const int BatchSize = 2000;

    /// <summary>Seals every row written before the call; returns how many.</summary>
    /// <param name="pauseBetweenBatches">
    /// How long to hold no lock after a full batch, so that the app's other writes get SQLite's write lock between
    /// batches. Without it a long backlog (the millions of rows of a seed, a large import's) was sealed transaction after
    /// transaction, and a writer waiting in SQLite's busy handler (which sleeps up to 100 ms between tries) kept missing
    /// the gap: every case view, which writes its audit entry, waited 1–9 s until the backlog was sealed.
    /// </param>
    /// <param name="batchSize">Rows a transaction: the write lock is held for as long as a batch takes to seal.</param>
    public async Task<int> SealAsync(CancellationToken ct, TimeSpan pauseBetweenBatches = default, int batchSize = BatchSize)
    {
        var sealedRows = 0;
        int batch;
        do
        {
            batch = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SealBatchAsync(batchSize, ct));
            sealedRows += batch;
            if (batch == batchSize && pauseBetweenBatches > TimeSpan.Zero)
            {
                await Task.Delay(pauseBetweenBatches, clock, ct);
            }
        }
        while (batch == batchSize);

        return sealedRows;
    }

    private async Task<int> SealBatchAsync(int batchSize, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsSqlServer())
        {
            await db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'TraffickingCare.AuditChain', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000", ct);
        }

        var head = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence != null).OrderByDescending(a => a.Sequence)
            .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
        var rows = await db.AuditEntries.Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(batchSize).ToListAsync(ct);
        var (sequence, hash) = (head?.Sequence ?? 0, head?.Hash ?? AuditChainKey.Genesis);
        foreach (var row in rows)
        {
            sequence++;
            hash = key.Hash(hash, AuditChainRow.Of(row, sequence));
            row.Seal(sequence, hash);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return rows.Count;
    }
}
