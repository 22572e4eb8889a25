using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Seals audit rows into the chain after they are written, in the order it finds them: each gets the next place and a
/// hash over its content and the hash before it. Writers never touch the chain, so concurrent saves never wait for one
/// another over "the previous hash"; only one sealer works at a time (SQLite's write lock, taken as its transaction
/// begins; on SQL Server an application lock), and the unique place a row holds is the database's backstop.
/// </summary>
public sealed class AuditChainSealer(AppDbContext db, AuditChainKey key)
{
    public const int BatchSize = 2000;

    /// <summary>Seals every row written before the call; returns how many.</summary>
    public async Task<int> SealAsync(CancellationToken ct)
    {
        var sealedRows = 0;
        int batch;
        do
        {
            batch = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => SealBatchAsync(ct));
            sealedRows += batch;
        }
        while (batch == BatchSize);

        return sealedRows;
    }

    private async Task<int> SealBatchAsync(CancellationToken ct)
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
        var rows = await db.AuditEntries.Where(a => a.Sequence == null).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
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
