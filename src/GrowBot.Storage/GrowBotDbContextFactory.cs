using GrowBot.Storage.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage;

/// <summary>Creates a short-lived context of the configured provider for each store operation.</summary>
public sealed class GrowBotDbContextFactory
{
    private readonly StorageOptions _options;
    private readonly DbContextOptions<SqliteGrowBotDbContext>? _sqliteOptions;
    private readonly DbContextOptions<PostgreSqlGrowBotDbContext>? _postgreSqlOptions;

    public GrowBotDbContextFactory(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;

        if (options.Provider == DatabaseProvider.Sqlite)
        {
            _sqliteOptions = new DbContextOptionsBuilder<SqliteGrowBotDbContext>().UseSqlite(options.ConnectionString).Options;
        }
        else
        {
            _postgreSqlOptions = new DbContextOptionsBuilder<PostgreSqlGrowBotDbContext>().UseNpgsql(options.ConnectionString).Options;
        }
    }

    public DatabaseProvider Provider => _options.Provider;

    public GrowBotDbContext CreateDbContext() => _options.Provider == DatabaseProvider.Sqlite
        ? new SqliteGrowBotDbContext(_sqliteOptions!)
        : new PostgreSqlGrowBotDbContext(_postgreSqlOptions!);

    /// <summary>Creates the directory of a SQLite database file; SQLite creates the file but not its directory.</summary>
    internal void EnsureSqliteDirectory()
    {
        if (_options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        string dataSource = new SqliteConnectionStringBuilder(_options.ConnectionString).DataSource;
        if (dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
    }
}
