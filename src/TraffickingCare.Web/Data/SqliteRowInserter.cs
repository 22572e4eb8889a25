using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Inserts rows on SQLite through its native statement interface: the INSERT of one row is prepared once, and each
/// row is bound by position and stepped. Microsoft.Data.Sqlite binds each parameter by looking its name up in the
/// statement and makes a binder object for it; over the import's two million rows of 100,000 cases that was most of
/// the statements' time (the same rows replayed: 65 s through SqliteCommand, 25 s this way; SQLite's own work about
/// 15 s). The values are those a parameter would bind: each is made by the column's EF type mapping (its value
/// converter, so an identifying field is encrypted as SaveChanges would), then stored in the form Microsoft.Data.Sqlite
/// gives that type (<see cref="Stored"/>; a type it does not know is refused rather than guessed).
/// </summary>
internal static class SqliteRowInserter
{
    /// <summary>
    /// Each row's values as SQLite stores them, made on all cores (the conversions do not depend on each other). A
    /// column's values all bind as one SQLite type (the type mapping's, or the one Microsoft.Data.Sqlite infers from the
    /// converted value's .NET type), so a parameter is made once a column, for that type, and each value goes through
    /// the column's value converter alone: a parameter a value was a sixth of what the import allocated.
    /// </summary>
    public static object?[][] Values(DbCommand command, IReadOnlyList<RelationalTypeMapping> mappings, IReadOnlyList<bool> nullable, IReadOnlyList<object?[]> rows)
    {
        var types = new SqliteType[mappings.Count];
        for (var column = 0; column < mappings.Count; column++)
        {
            var sample = rows.Select(r => r[column]).FirstOrDefault(v => v is not null);
            types[column] = sample is null ? SqliteType.Text : ((SqliteParameter)mappings[column].CreateParameter(command, "p", sample, nullable[column])).SqliteType;
        }

        var values = new object?[rows.Count][];
        Parallel.For(0, rows.Count, row =>
        {
            var stored = new object?[mappings.Count];
            for (var column = 0; column < mappings.Count; column++)
            {
                var value = rows[row][column];
                stored[column] = value is null ? null : Stored(mappings[column].Converter is { } converter ? converter.ConvertToProvider(value) : value, types[column]);
            }

            values[row] = stored;
        });
        return values;
    }

    /// <summary>Runs <paramref name="statement"/> (parameters in column order) once a row, in the connection's transaction.</summary>
    public static void Insert(SqliteConnection connection, string statement, IReadOnlyList<object?[]> values)
    {
        var handle = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(handle, statement, out var prepared), handle);
        using (prepared)
        {
            foreach (var row in values)
            {
                for (var column = 0; column < row.Length; column++)
                {
                    Check(Bind(prepared, column + 1, row[column]), handle);
                }

                var done = raw.sqlite3_step(prepared);
                raw.sqlite3_reset(prepared);
                if (done != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(done, handle);
                }
            }
        }
    }

    /// <summary>
    /// A value in the form Microsoft.Data.Sqlite binds it (SqliteValueBinder): integers for whole numbers and
    /// booleans, UTF-8 text for strings, identifiers (upper case) and dates (ISO 8601, invariant), a decimal as text.
    /// <c>AddedRowsWriterTests</c> compares every column the import writes with what a parameter stores.
    /// </summary>
    internal static object? Stored(object? value, SqliteType type) => value switch
    {
        null or DBNull => null,
        string text => Encoding.UTF8.GetBytes(text),
        bool flag => flag ? 1L : 0L,
        byte or sbyte or short or ushort or int or uint or long => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        Guid id when type != SqliteType.Blob => UpperCaseText(id),
        DateTime at when type != SqliteType.Real => Utf8(at, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF"),
        DateTimeOffset at when type != SqliteType.Real => Encoding.UTF8.GetBytes(at.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
        DateOnly day when type != SqliteType.Real => Encoding.UTF8.GetBytes(day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        decimal amount when type != SqliteType.Real => Encoding.UTF8.GetBytes(amount.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"A value of {value.GetType().Name} ({type}) is not written this way: add it to SqliteRowInserter.Stored and its test."),
    };

    // The identifier's 36 characters written as UTF-8 straight into the row's buffer (no string, no upper-case copy).
    private static byte[] UpperCaseText(Guid id)
    {
        var text = new byte[36];
        id.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        return text;
    }

    private static byte[] Utf8(DateTime at, string format)
    {
        Span<byte> text = stackalloc byte[64];
        return at.TryFormat(text, out var written, format, CultureInfo.InvariantCulture) ? text[..written].ToArray() : Encoding.UTF8.GetBytes(at.ToString(format, CultureInfo.InvariantCulture));
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        long whole => raw.sqlite3_bind_int64(statement, index, whole),
        double real => raw.sqlite3_bind_double(statement, index, real),
        byte[] text => raw.sqlite3_bind_text(statement, index, text.AsSpan()),
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    private static void Check(int result, sqlite3 handle)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, handle);
        }
    }
}
