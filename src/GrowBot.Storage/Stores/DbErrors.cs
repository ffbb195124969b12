using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GrowBot.Storage.Stores;

/// <summary>Classifies provider errors that the stores translate into results.</summary>
internal static class DbErrors
{
    private const int SqliteConstraint = 19;

    /// <summary>True when the save failed on a primary-key or unique-index violation.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && (sqlite.SqliteExtendedErrorCode is 1555 or 2067), // SQLITE_CONSTRAINT_PRIMARYKEY, SQLITE_CONSTRAINT_UNIQUE
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
