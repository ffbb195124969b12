using System.Diagnostics;
using GrowBot.Storage.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GrowBot.Storage;

/// <summary>What the initialization did.</summary>
/// <param name="AppliedMigrations">Migrations applied now; 0 when the schema was current.</param>
/// <param name="DemoSeeded">True when the demo company was written in this run.</param>
public sealed record DatabaseInitializationResult(IReadOnlyList<string> AppliedMigrations, bool DemoSeeded);

/// <summary>Creates or migrates the schema, then seeds the demo company into an empty demo tenant.</summary>
public sealed class DatabaseInitializer
{
    private readonly GrowBotDbContextFactory _factory;
    private readonly StorageOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DatabaseInitializer> _logger;

    public DatabaseInitializer(GrowBotDbContextFactory factory, StorageOptions options, TimeProvider timeProvider, ILogger<DatabaseInitializer> logger)
    {
        _factory = factory;
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<DatabaseInitializationResult> InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var stopwatch = Stopwatch.StartNew();
            _factory.EnsureSqliteDirectory();

            await using GrowBotDbContext db = _factory.CreateDbContext();
            if (_factory.Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers continue while a turn writes. The mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            List<string> pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            _logger.DatabaseMigrated(_options.Provider, pending.Count, stopwatch.ElapsedMilliseconds);

            bool seeded = false;
            if (_options.SeedDemo)
            {
                seeded = await DemoSeeder.SeedAsync(db, _options.DemoTenantId, _timeProvider, cancellationToken);
                if (seeded)
                {
                    _logger.DemoSeeded(_options.DemoTenantId);
                }
                else
                {
                    _logger.DemoAlreadyPresent(_options.DemoTenantId);
                }
            }

            return new DatabaseInitializationResult(pending, seeded);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.DatabaseInitializationFailed(_options.Provider, exception);
            throw;
        }
    }
}
