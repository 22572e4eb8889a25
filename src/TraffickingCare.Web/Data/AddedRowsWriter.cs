using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TraffickingCare.Domain.Auditing;
using TraffickingCare.Web.Data.Auditing;
using TraffickingCare.Web.Data.Tallies;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Saves a unit of work that only adds rows, for a bulk writer (the historical import), where SaveChanges' one INSERT
/// per row through EF's command pipeline and its ordering of tens of thousands of entries were most of the time. On
/// SQLite each row is bound to one prepared statement through SQLite's own interface (<see cref="SqliteRowInserter"/>);
/// on SQL Server many rows go to a statement. Everything else is SaveChanges' own: the entities are tracked as usual,
/// the audit writer stamps them (and audits them, unless the caller audits per case), each value goes through the
/// column's EF type mapping and value converter (so encrypted fields are encrypted exactly as SaveChanges would),
/// tables are written parents first, the statements run in the caller's transaction, and the report's summaries
/// (services' tallies, counted persons) are recounted as a save recounts them. Taking the rows from the change
/// tracker (<see cref="Take"/>) and writing them (<see cref="InsertAsync(AppDbContext, AddedRows, CancellationToken)"/>)
/// are separate steps, so that a bulk writer can build its next rows while these are written. Derived rows that are not tracked (the summaries) are inserted the
/// same way.
/// </summary>
internal static class AddedRowsWriter
{
    // SQLite inserts a row a statement through its native interface (SqliteRowInserter). SQL Server takes at most 2,100
    // parameters a command and 1,000 rows in a VALUES list, and each statement is a round trip: many rows a statement.
    // (Microsoft.Data.Sqlite finds each parameter by name in a list, so there a statement of 2,000 parameters cost the
    // square of them.)
    private const int MaxParameters = 250;
    private const int MaxRows = 1000;

    public static async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = Take(db);
        await InsertAsync(db, rows, ct);
        await RecountAsync(db, rows, ct);
    }

    /// <summary>
    /// The first half of <see cref="SaveAsync"/>: the added entities' rows as they will be written (audit stamps
    /// included), table by table, parents first; the change tracker is emptied. It uses the change tracker only, so a
    /// bulk writer can build its next rows while <see cref="InsertAsync(AppDbContext, AddedRows, CancellationToken)"/>
    /// writes these on the connection. A caller that adds each entity only once its graph is whole (nothing added to a
    /// tracked entity's collections afterwards) says so with <paramref name="graphsWhole"/>, and the change tracker's
    /// scan for such changes, a tenth of an import's time, is skipped: the added entities' values are read as they are.
    /// </summary>
    public static AddedRows Take(AppDbContext db, bool graphsWhole = false)
    {
        if (!graphsWhole)
        {
            db.ChangeTracker.DetectChanges();
        }

        var entries = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (entries.Any(e => e.State != EntityState.Added))
        {
            throw new InvalidOperationException("Only added entities can be saved this way: save changes and removals with SaveChanges.");
        }

        // The statements are many: without the caller's transaction a failure would leave some of them written.
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Rows are added this way only inside a transaction the caller holds.");
        }

        // The audit rows are not added to the change tracker only to be read out of it again: they are a table of
        // their own, besides the import's own audit rows, if any.
        var audit = AuditTrailWriter.Write(db, track: false);
        var summaries = SummaryChanges.In(db);
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToDictionary(g => g.Key, g => g.ToList());
        var auditType = db.Model.FindEntityType(typeof(AuditEntry))!;
        var tables = ParentsFirst(added.Keys.Append(auditType).Distinct())
            .Select(type => type == auditType ? AuditTable(auditType, added.GetValueOrDefault(type), audit) : Table(type, added[type]))
            .Where(table => table.Rows.Count > 0)
            .ToList();
        db.ChangeTracker.Clear();
        return new AddedRows(tables, summaries);
    }

    /// <summary>Writes the rows, table by table, on the context's connection in the caller's transaction; nothing else of the context is used.</summary>
    public static async Task InsertAsync(AppDbContext db, AddedRows rows, CancellationToken ct)
    {
        foreach (var table in rows.Tables)
        {
            await WriteAsync(db, table.Type, table.Columns, table.Rows, ct);
        }
    }

    /// <summary>The report's summaries the rows change (services' tallies, counted persons), recounted as a save recounts them.</summary>
    public static Task RecountAsync(AppDbContext db, AddedRows rows, CancellationToken ct) => rows.Summaries.RecountAsync(db, ct);

    /// <summary>Inserts rows that are not tracked (derived data, such as tallies) of a type with scalar properties only.</summary>
    public static Task InsertAsync<T>(AppDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        if (type.GetComplexProperties().Any())
        {
            throw new InvalidOperationException($"{type.DisplayName()} has complex properties: add it to the context instead.");
        }

        List<IProperty> columns = [.. type.GetProperties()];
        return rows.Count == 0 ? Task.CompletedTask : WriteAsync(db, type, columns, RowsOf(columns, rows), ct);
    }

    private static async Task WriteAsync(AppDbContext db, IEntityType type, IReadOnlyList<IProperty> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
        var values = rows as IReadOnlyList<object?[]> ?? [.. rows];

        // The statements are sent on the context's connection and transaction directly, not through EF's command
        // pipeline, which checks every parameter name against the others.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            if (command.Connection is SqliteConnection sqlite)
            {
                var v = SqliteRowInserter.Values(command, mappings, [.. columns.Select(c => c.IsNullable)], values);
                SqliteRowInserter.Insert(sqlite, Statement(db, type, columns, 1), v);
                return;
            }

            // A command keeps its prepared statement while its text stays the same, so only the last, shorter
            // statement of a table is prepared twice.
            var perStatement = RowsPerStatement(columns.Count);
            var sql = db.GetService<ISqlGenerationHelper>();
            var names = Enumerable.Range(0, perStatement * columns.Count).Select(i => sql.GenerateParameterName($"p{i}")).ToArray();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
            var parameters = Parameters(command, mappings, columns, values, names);
            var full = Statement(db, type, columns, perStatement);
            for (var first = 0; first < parameters.Length; first += names.Length)
            {
                var count = Math.Min(names.Length, parameters.Length - first);
                var text = count == names.Length ? full : Statement(db, type, columns, count / columns.Count);
                if (command.CommandText != text)
                {
                    command.CommandText = text;
                }

                command.Parameters.Clear();
                command.Parameters.AddRange(parameters[first..(first + count)]);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every row's parameters, named by their place in a statement of <paramref name="names"/>' length, made on all
    /// cores: making one runs the column's value converter, which for an identifying field is an encryption (most of the
    /// import's parameter time), and the rows do not depend on each other. The statements still run one at a time.
    /// </summary>
    private static DbParameter[] Parameters(DbCommand command, List<RelationalTypeMapping> mappings, IReadOnlyList<IProperty> columns, IReadOnlyList<object?[]> rows, string[] names)
    {
        var parameters = new DbParameter[rows.Count * columns.Count];
        Parallel.For(0, rows.Count, row =>
        {
            for (var column = 0; column < columns.Count; column++)
            {
                var index = (row * columns.Count) + column;
                parameters[index] = mappings[column].CreateParameter(command, names[index % names.Length], rows[row][column], columns[column].IsNullable);
            }
        });
        return parameters;
    }

    /// <summary>How many rows go in one SQL Server statement: as many as the parameter budget and the row limit allow.</summary>
    internal static int RowsPerStatement(int columns) => Math.Clamp(MaxParameters / columns, 1, MaxRows);

    /// <summary>The INSERT of <paramref name="rows"/> rows of the columns, in the provider's SQL, parameters @p0, @p1, …</summary>
    internal static string Statement(AppDbContext db, IEntityType type, IReadOnlyList<IProperty> columns, int rows)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema()))
            .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName()))).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                text.Append(column == 0 ? string.Empty : ", ").Append(sql.GenerateParameterNamePlaceholder($"p{(row * columns.Count) + column}"));
            }

            text.Append(')');
        }

        return text.ToString();
    }

    /// <summary>The rows of one type's entries: the columns are the first entry's (the same for all), read by property.</summary>
    private static AddedTable Table(IEntityType type, List<EntityEntry> entries)
    {
        List<IProperty> columns = [.. Columns(entries[0]).Select(c => c.Metadata)];

        // Plain loops: a row is millions of times a file's work, and each enumerator and closure a row was garbage. The
        // rows are read on all cores: reading only reads the entries, and the other core waits for this batch.
        var rows = new object?[entries.Count][];
        Parallel.For(0, rows.Length, row =>
        {
            var current = entries[row].CurrentValues;
            var values = new object?[columns.Count];
            for (var column = 0; column < values.Length; column++)
            {
                values[column] = current[columns[column]];
            }

            rows[row] = values;
        });

        return new AddedTable(type, columns, rows);
    }

    /// <summary>The audit rows: any the caller added itself (tracked), then those the audit writer made for the added entities (untracked).</summary>
    private static AddedTable AuditTable(IEntityType type, List<EntityEntry>? tracked, IReadOnlyList<AuditEntry> untracked)
    {
        var columns = AuditColumns(type);
        List<AuditEntry> entries = [.. tracked?.Select(e => (AuditEntry)e.Entity) ?? [], .. untracked];
        return new AddedTable(type, columns, RowsOf(columns, entries));
    }

    /// <summary>An audit row's columns: the database makes the key, so it is not one; every other value is a property of the row itself.</summary>
    internal static IReadOnlyList<IProperty> AuditColumns(IEntityType type) =>
        [.. type.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))];

    /// <summary>The rows of objects read by their properties' getters, not through the change tracker (which may not hold them).</summary>
    private static List<object?[]> RowsOf<T>(IReadOnlyList<IProperty> columns, IReadOnlyCollection<T> items)
        where T : class
    {
        var getters = columns.Select(c => c.GetGetter()).ToArray();
        var rows = new List<object?[]>(items.Count);
        foreach (var item in items)
        {
            var values = new object?[getters.Length];
            for (var column = 0; column < values.Length; column++)
            {
                values[column] = getters[column].GetClrValue(item);
            }

            rows.Add(values);
        }

        return rows;
    }

    // Scalar properties and those of complex types (stored as columns of the same table), recursively; not a key the
    // database makes (the audit trail's), which EF tracks with a temporary value until then.
    private static IEnumerable<PropertyEntry> Columns(EntityEntry entry) =>
        entry.Properties.Concat(entry.ComplexProperties.SelectMany(ComplexColumns)).Where(p => !p.IsTemporary);

    private static IEnumerable<PropertyEntry> ComplexColumns(ComplexPropertyEntry complex) =>
        complex.Properties.Concat(complex.ComplexProperties.SelectMany(ComplexColumns));

    /// <summary>The types in an order in which every row's parent row is written before it (foreign keys are checked per statement).</summary>
    private static List<IEntityType> ParentsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToHashSet();
        var ordered = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => !t.GetForeignKeys().Any(fk => fk.PrincipalEntityType != t && pending.Contains(fk.PrincipalEntityType))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The added types refer to each other in a cycle: save them with SaveChanges.");
            }

            ordered.AddRange(ready.OrderBy(t => t.Name, StringComparer.Ordinal));
            pending.ExceptWith(ready);
        }

        return ordered;
    }
}

/// <summary>Rows taken from the change tracker to be written: each table's, parents first, and the report's summaries they change.</summary>
internal sealed record AddedRows(IReadOnlyList<AddedTable> Tables, SummaryChanges Summaries);

/// <summary>One table's added rows: the values of <paramref name="Columns"/>, in that order, a row each.</summary>
internal sealed record AddedTable(IEntityType Type, IReadOnlyList<IProperty> Columns, IReadOnlyList<object?[]> Rows);
