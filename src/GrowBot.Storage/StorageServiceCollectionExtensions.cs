using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Hosting;
using GrowBot.Storage.Stores;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GrowBot.Storage;

/// <summary>Registration of the GrowBot stores.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store (singletons over short-lived contexts), <see cref="ProfileReader"/>, the
    /// <see cref="DatabaseInitializer"/> and a hosted service that runs it at start. Reads
    /// <c>Database:Provider</c>, <c>ConnectionStrings:GrowBot</c>, <c>Demo:Seed</c> and <c>Demo:TenantId</c>.
    /// The host registers <see cref="BuiltInNoteAnalyser"/> (the Bot layer does), which <see cref="IIngestStore"/> needs.
    /// </summary>
    public static IServiceCollection AddGrowBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        StorageOptions options = StorageOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddSingleton<GrowBotDbContextFactory>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseInitializerHostedService>();

        services.AddSingleton<PeopleDirectory>();
        services.AddSingleton<IPeopleDirectory>(sp => sp.GetRequiredService<PeopleDirectory>());
        services.AddSingleton<IPeopleWriter>(sp => sp.GetRequiredService<PeopleDirectory>());
        services.AddSingleton<MetricStore>();
        services.AddSingleton<IMetricStore>(sp => sp.GetRequiredService<MetricStore>());
        services.AddSingleton<IMetricWriter>(sp => sp.GetRequiredService<MetricStore>());
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<ITenantSettingsStore, TenantSettingsStore>();
        services.AddSingleton<IGoalStore, GoalStore>();
        services.AddSingleton<ICatalogStore, CatalogStore>();
        services.AddSingleton<IDevelopmentStore, DevelopmentStore>();
        services.AddSingleton<IInboundActivityQueue, InboundActivityQueue>();
        services.AddSingleton<IConversationReferenceStore, ConversationReferenceStore>();
        services.AddSingleton<IWelcomeLedger, WelcomeLedger>();
        services.AddSingleton<ProfileReader>();

        // Interview notes: encrypted with Data Protection. AddDataProtection only adds what the host has not set up.
        services.AddDataProtection();
        services.TryAddSingleton<INoteProtector, DataProtectionNoteProtector>();
        services.AddSingleton<INoteStore, NoteStore>();
        services.AddSingleton<ITokenUsageStore, TokenUsageStore>();
        services.AddSingleton<IPersonNameSource, PersonNameSource>();
        services.AddSingleton<IIngestStore, IngestStore>();
        services.AddSingleton<IApiKeyStore, ApiKeyStore>();
        services.AddSingleton<IPreparationStore, PreparationStore>();
        services.AddSingleton<IActionItemStore, ActionItemStore>();
        return services;
    }

    /// <summary>
    /// Migrates the schema and seeds the demo company now, for hosts that need the database before the
    /// hosted services start (tests, operator subcommands). Running it twice is harmless.
    /// </summary>
    public static Task<DatabaseInitializationResult> InitializeGrowBotDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);

    /// <summary>Runs <see cref="DatabaseInitializer"/> once before the host starts serving.</summary>
    private sealed class DatabaseInitializerHostedService : IHostedService
    {
        private readonly DatabaseInitializer _initializer;

        public DatabaseInitializerHostedService(DatabaseInitializer initializer)
        {
            _initializer = initializer;
        }

        public Task StartAsync(CancellationToken cancellationToken) => _initializer.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
