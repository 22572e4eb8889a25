using Microsoft.Data.Sqlite;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Whether a save failed only because another writer held the embedded database: SQLite locks the whole file for a
/// write, so while an import's commit (one transaction for the whole file) runs, other saves wait out the command
/// timeout and then fail. Nothing was written; the same save can simply be made again. SQL Server locks rows, and its
/// execution strategy retries the transient failures itself.
/// </summary>
internal static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
