using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data.Auditing;

/// <summary>
/// Walks the sealed rows in chain order and recomputes each hash: an edited row no longer matches its hash, a removed
/// (or unsealed) row leaves a gap in the places, and a row recomputed without the key breaks the next one's link.
/// The walk reads the rows a page at a time, so its memory does not grow with the trail.
/// </summary>
public sealed class AuditChainVerifier(AppDbContext db, AuditChainKey key)
{
    private const int PageSize = 10_000;

    /// <summary>Verifies the rows after <paramref name="from"/> (the whole chain when it is null).</summary>
    public async Task<AuditChainReport> VerifyAsync(AuditChainPoint? from, CancellationToken ct)
    {
        var point = from ?? AuditChainPoint.Start;
        if (from is not null && !await db.AuditEntries.AnyAsync(a => a.Sequence == from.Sequence && a.Hash == from.Hash, ct))
        {
            return AuditChainReport.Shortened(from);
        }

        var verified = 0L;
        while (true)
        {
            var after = point.Sequence;
            var page = await db.AuditEntries.AsNoTracking().Where(a => a.Sequence > after).OrderBy(a => a.Sequence).Take(PageSize)
                .Select(a => new { Row = new AuditChainRow(a.Id, a.Sequence!.Value, a.AtUtc, a.UserId, a.Action, a.EntityType, a.EntityId, a.Changes, a.Reason, a.CorrelationId), a.Hash })
                .ToListAsync(ct);
            foreach (var (row, hash) in page.Select(p => (p.Row, p.Hash)))
            {
                if (row.Sequence != point.Sequence + 1)
                {
                    return AuditChainReport.Broken(point, verified, row, AuditChainProblem.Gap);
                }

                var expected = key.Hash(point.Hash, row);
                if (!string.Equals(expected, hash, StringComparison.Ordinal))
                {
                    return AuditChainReport.Broken(point, verified, row, AuditChainProblem.HashMismatch);
                }

                point = new AuditChainPoint(row.Sequence, expected);
                verified++;
            }

            if (page.Count < PageSize)
            {
                var unsealed = await db.AuditEntries.CountAsync(a => a.Sequence == null, ct);
                return AuditChainReport.Intact(point, verified, unsealed);
            }
        }
    }
}
