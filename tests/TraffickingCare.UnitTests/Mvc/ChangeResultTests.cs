using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TraffickingCare.Web.Infrastructure.Mvc;

namespace TraffickingCare.UnitTests.Mvc;

/// <summary>
/// A save that fails because another writer holds SQLite's file (an import's commit) is a refusal the form shows with
/// what the user typed, not an error page that loses it; any other database failure is not hidden as one.
/// </summary>
public sealed class ChangeResultTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY
    [InlineData(6)] // SQLITE_LOCKED
    public async Task A_save_refused_by_a_busy_database_is_a_refusal_to_save_again(int code)
    {
        var wrapped = await ChangeResult.OfAsync(() => Failing(new DbUpdateException("save", new SqliteException("database is locked", code))));
        var direct = await ChangeResult.OfAsync(() => Failing(new SqliteException("database is locked", code)));

        Assert.Equal((true, ChangeResult.BusyKey), (wrapped.Found, wrapped.ErrorKey));
        Assert.Equal((true, ChangeResult.BusyKey), (direct.Found, direct.ErrorKey));
    }

    [Fact]
    public async Task Another_database_failure_is_not_taken_for_a_busy_database()
    {
        // SQLITE_CONSTRAINT: a broken unique index is a fault to see, not a wait.
        await Assert.ThrowsAsync<DbUpdateException>(() => ChangeResult.OfAsync(() => Failing(new DbUpdateException("save", new SqliteException("constraint failed", 19)))));
    }

    private static Task Failing(Exception exception) => Task.FromException(exception);
}
