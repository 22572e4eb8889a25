using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.Domain.Auditing;

namespace TraffickingCare.Web.Data.Encryption;

/// <summary>
/// Encrypts, once, the values written in clear before their column was configured with
/// <c>IsEncrypted()</c>: the converter cannot read plaintext, so without this an upgraded database
/// would fail on the first old row. Runs at start-up after the migrations, in one transaction,
/// through plain SQL (the converters would try to decrypt). A value that already is a Data
/// Protection payload is left alone. An audit entry of type <see cref="MarkerType"/>, whose id
/// stands for the set of encrypted columns, records that it ran (column names and a row count,
/// never a value): with it present nothing is scanned again, and a change that encrypts another
/// column gets a new id, so the backfill runs once more. The same run rewrites the clear values of
/// those fields in older audit rows (<see cref="AuditValueScrub"/>); the fields it scrubs are part
/// of the id, so a database where an earlier version already encrypted the columns is scrubbed too.
/// </summary>
public sealed class EncryptedColumnBackfill(AppDbContext db, FieldProtector protector, TimeProvider clock)
{
    public const string MarkerType = "EncryptedColumnBackfill";
    private const int BatchSize = 500;

    // Every Data Protection payload starts with its magic header 0x09F0C9F0, "CfDJ8" in base64url.
    private const string PayloadPrefix = "CfDJ8";

    /// <summary>Returns the number of rows whose plaintext was encrypted (0 also when it had run before).</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var tables = EncryptedTables.Of(db.Model);
        var auditFields = AuditValueScrub.EncryptedFieldsOf(db.Model);
        var markerId = MarkerId(tables, auditFields);
        if (await db.AuditEntries.AnyAsync(a => a.EntityType == MarkerType && a.EntityId == markerId, ct))
        {
            return 0;
        }

        // One transaction, run by the execution strategy (SQL Server's retrying strategy refuses one begun outside it);
        // a retry starts again, and finds only what is still plaintext.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var rows = 0;
            foreach (var table in tables)
            {
                rows += await EncryptTableAsync(table, transaction.GetDbTransaction(), ct);
            }

            var auditRows = await new AuditValueScrub(db).RunAsync(auditFields, ct);
            var changes = JsonSerializer.Serialize(new { columns = tables.SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c}")), rows, auditRows });
            db.AuditEntries.Add(AuditEntry.For(AuditAction.Updated, MarkerType, markerId, CurrentActor.System, clock.GetUtcNow().UtcDateTime, changes));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return rows;
        });
    }

    private async Task<int> EncryptTableAsync(EncryptedTable table, DbTransaction transaction, CancellationToken ct)
    {
        var sql = new BackfillSql(table, db.GetService<ISqlGenerationHelper>(), db.Database.IsSqlServer(), PayloadPrefix, BatchSize);
        var connection = transaction.Connection!;
        var rows = 0;
        object?[]? after = null;
        while (true)
        {
            var batch = await ReadPlaintextRowsAsync(connection, transaction, sql, after, table, ct);
            foreach (var (key, values) in batch)
            {
                await using var update = sql.Update(connection, transaction, key, values.Select(Encrypt).ToArray());
                await update.ExecuteNonQueryAsync(ct);
            }

            rows += batch.Count;
            if (batch.Count < BatchSize)
            {
                return rows;
            }

            after = batch[^1].Key;
        }
    }

    private static async Task<List<(object?[] Key, string?[] Values)>> ReadPlaintextRowsAsync(
        DbConnection connection, DbTransaction transaction, BackfillSql sql, object?[]? after, EncryptedTable table, CancellationToken ct)
    {
        var batch = new List<(object?[], string?[])>();
        await using var select = sql.Select(connection, transaction, after);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = Enumerable.Range(0, table.Key.Count).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray();
            var values = Enumerable.Range(table.Key.Count, table.Columns.Count).Select(i => reader.IsDBNull(i) ? null : reader.GetString(i)).ToArray();
            batch.Add((key, values));
        }

        return batch;
    }

    private string? Encrypt(string? value) =>
        value is null || value.StartsWith(PayloadPrefix, StringComparison.Ordinal) ? value : protector.Protect(value);

    private static Guid MarkerId(IEnumerable<EncryptedTable> tables, IReadOnlyDictionary<string, HashSet<string>> auditFields)
    {
        var columns = string.Join('\n', tables.SelectMany(t => t.Columns.Select(c => $"{t.Schema}.{t.Name}.{c}"))
            .Concat(auditFields.SelectMany(t => t.Value.Select(f => $"AuditEntries.Changes:{t.Key}.{f}")))
            .Order(StringComparer.Ordinal));
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(columns)).AsSpan(0, 16));
    }
}
