using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TraffickingCare.Web.Data.Sqlite;

/// <summary>
/// The statements a kept connection has prepared, by their SQL: a command EF builds again for a query it has run before
/// is run through the command prepared the first time (<see cref="ReusedSqliteCommand"/>), with the new command's
/// parameters. SQLite compiles a statement on every new command (Microsoft.Data.Sqlite keeps a statement only for the
/// command that prepared it), and EF builds a new command for every query.
/// </summary>
internal sealed class PreparedStatements(SqliteConnection connection) : IDisposable
{
    /// <summary>A connection keeps at most this many; past it, the idle ones are finalized and prepared again when asked.</summary>
    internal const int KeptAtMost = 128;

    /// <summary>
    /// Longer SQL is not kept: a bulk write's batches (a seed's, an import's) differ in length and each would hold its
    /// compiled program. The longest of a case page's queries is about 1,400 characters.
    /// </summary>
    internal const int LongestKept = 8_000;

    private readonly Dictionary<string, Entry> byText = new(StringComparer.Ordinal);

    /// <summary>How many statements are kept.</summary>
    internal int Count
    {
        get
        {
            lock (byText)
            {
                return byText.Count;
            }
        }
    }

    /// <summary>How many times a kept statement has been lent to a command EF built.</summary>
    internal long Lent => Interlocked.Read(ref lent);

    private long lent;

    /// <summary>Whether a prepared statement is still executing (its reader or command not yet disposed).</summary>
    internal bool Busy
    {
        get
        {
            lock (byText)
            {
                return byText.Values.Any(e => e.InUse);
            }
        }
    }

    /// <summary>
    /// The prepared command for <paramref name="fresh"/>'s SQL, with <paramref name="fresh"/>'s parameters and
    /// transaction moved onto it; null (run <paramref name="fresh"/> as it is) when that statement is already executing
    /// (the same query run while another's reader is open) or the SQL is too long to keep.
    /// </summary>
    internal DbCommand? Reuse(SqliteCommand fresh)
    {
        if (fresh.CommandText.Length > LongestKept)
        {
            return null;
        }

        Entry? entry;
        lock (byText)
        {
            if (!byText.TryGetValue(fresh.CommandText, out entry))
            {
                if (byText.Count >= KeptAtMost)
                {
                    FinalizeIdle();
                }

                entry = new Entry(new SqliteCommand(fresh.CommandText, connection));
                byText.Add(fresh.CommandText, entry);
            }

            if (entry.InUse)
            {
                return null;
            }

            entry.InUse = true;
        }

        Interlocked.Increment(ref lent);

        var command = entry.Command;
        var parameters = fresh.Parameters.Cast<SqliteParameter>().ToArray();
        fresh.Parameters.Clear();
        command.Parameters.Clear();
        command.Parameters.AddRange(parameters);
        command.Transaction = fresh.Transaction;
        command.CommandTimeout = fresh.CommandTimeout;
        fresh.Dispose();
        return new ReusedSqliteCommand(command, () => Release(entry));
    }

    private void Release(Entry entry)
    {
        entry.Command.Parameters.Clear();
        entry.Command.Transaction = null;
        lock (byText)
        {
            entry.InUse = false;
        }
    }

    private void FinalizeIdle()
    {
        foreach (var (text, entry) in byText.Where(e => !e.Value.InUse).ToList())
        {
            entry.Command.Dispose();
            byText.Remove(text);
        }
    }

    public void Dispose()
    {
        lock (byText)
        {
            foreach (var entry in byText.Values)
            {
                entry.Command.Dispose();
            }

            byText.Clear();
        }
    }

    private sealed class Entry(SqliteCommand command)
    {
        public SqliteCommand Command { get; } = command;

        public bool InUse { get; set; }
    }
}
