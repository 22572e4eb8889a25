using Microsoft.Data.Sqlite;
using TraffickingCare.Web.Data;

namespace TraffickingCare.IntegrationTests.Data;

/// <summary>
/// The connection settings are SQLite's, per connection handle, and the pool keeps a handle across opens: they are set
/// when a handle is first opened and not again each time EF opens a pooled connection around a query. Run apart from
/// the others: a test app's disposal clears every pool (SqliteConnection.ClearAllPools), this file's too, and closed the
/// handle between the test's two opens once.
/// </summary>
[Collection(CrashSafetyTests.Alone)]
public sealed class SqlitePragmaTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "traffickingcare-tests", Guid.NewGuid().ToString("N"));

    public SqlitePragmaTests() => Directory.CreateDirectory(folder);

    [Fact]
    public async Task A_handle_is_set_up_when_first_opened_and_keeps_its_settings_when_the_pool_lends_it_again()
    {
        // A file of its own: its own pool, which nothing else borrows from.
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "pragmas.db")}");
        var interceptor = new SqlitePragmaInterceptor();

        await OpenAsync(connection, interceptor);
        var handle = connection.Handle;
        Assert.Equal(("wal", 1L, 5000L, -32768L), await SettingsAsync(connection));

        // Changed by hand: an interceptor that ran again on the next open would set it back.
        await ScalarAsync(connection, "PRAGMA cache_size = -100");
        await connection.CloseAsync();
        await OpenAsync(connection, interceptor);

        Assert.Same(handle, connection.Handle);
        Assert.Equal(("wal", 1L, 5000L, -100L), await SettingsAsync(connection));

        // A new handle (the pool cleared, as after a restore) is set up again.
        await connection.CloseAsync();
        SqliteConnection.ClearPool(connection);
        await OpenAsync(connection, interceptor);
        Assert.NotSame(handle, connection.Handle);
        Assert.Equal(("wal", 1L, 5000L, -32768L), await SettingsAsync(connection));
        await connection.CloseAsync();
        SqliteConnection.ClearPool(connection);
    }

    private static async Task OpenAsync(SqliteConnection connection, SqlitePragmaInterceptor interceptor)
    {
        await connection.OpenAsync();
        await interceptor.ConnectionOpenedAsync(connection, null!);
    }

    private static async Task<(string, long, long, long)> SettingsAsync(SqliteConnection connection) =>
        ((string)(await ScalarAsync(connection, "PRAGMA journal_mode"))!,
            (long)(await ScalarAsync(connection, "PRAGMA foreign_keys"))!,
            (long)(await ScalarAsync(connection, "PRAGMA busy_timeout"))!,
            (long)(await ScalarAsync(connection, "PRAGMA cache_size"))!);

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
