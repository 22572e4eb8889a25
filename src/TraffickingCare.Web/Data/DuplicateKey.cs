using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TraffickingCare.Web.Data;

/// <summary>
/// Recognises a save that a unique index or primary key refused, on either provider. Where two people
/// can race past a "does it exist?" check, the unique index is the arbiter, and this is how the loser
/// is told apart from every other failure: <c>catch (DbUpdateException ex) when (DuplicateKey.Is(ex))</c>.
/// </summary>
public static class DuplicateKey
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqlServerUniqueIndex = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        SqlException sql => sql.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        _ => false,
    };
}
