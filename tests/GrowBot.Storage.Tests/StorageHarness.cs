using GrowBot.Coaching.Notes;
using GrowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Storage.Tests;

/// <summary>A service provider with the stores of one database, as the web host would build it.</summary>
public sealed class StorageHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private StorageHarness(ServiceProvider services, FakeTimeProvider clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static StorageHarness Create(string provider, string connectionString)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:GrowBot"] = connectionString,
            })
            .Build();
        var clock = new FakeTimeProvider(Now);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        // The web host gets it from the Bot layer. The ingest store analyses the stage notes that a reassignment keeps.
        services.AddSingleton(new BuiltInNoteAnalyser());
        services.AddGrowBotStorage(configuration);
        return new StorageHarness(services.BuildServiceProvider(), clock);
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>One database per test class: created, migrated and seeded once.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private StorageHarness? _harness;

    /// <summary>Set when the provider is deliberately skipped; the tests then report Skipped.</summary>
    public string? SkipReason { get; protected set; }

    public StorageHarness Harness => _harness ?? throw new InvalidOperationException("The fixture was not initialized.");

    public DatabaseInitializationResult FirstRun { get; private set; } = null!;

    /// <summary>Provider name and connection string of a second harness on the same database.</summary>
    public (string Provider, string ConnectionString) Database { get; private set; }

    public async Task InitializeAsync()
    {
        (string Provider, string ConnectionString)? database = await CreateDatabaseAsync();
        if (database is null)
        {
            return;
        }

        Database = database.Value;
        _harness = StorageHarness.Create(Database.Provider, Database.ConnectionString);
        FirstRun = await _harness.Services.InitializeGrowBotDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        await DropDatabaseAsync();
    }

    /// <summary>Returns the provider and connection string of a new, empty database; null to skip.</summary>
    protected abstract Task<(string Provider, string ConnectionString)?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
