using GrowBot.Storage;

namespace GrowBot.Web.Ingest;

/// <summary>
/// The stores for operator subcommands, configured like the web host: appsettings.json, then
/// appsettings.{DOTNET_ENVIRONMENT}.json, then environment variables (for example <c>ConnectionStrings__GrowBot</c>).
/// </summary>
internal static class OperatorServices
{
    public static IConfiguration LoadConfiguration()
    {
        string environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    /// <summary>
    /// Builds the storage services and migrates the schema; the demo company is never seeded here. The ingest store
    /// needs the built-in note analyser for the stage notes that a reassignment keeps with their author.
    /// </summary>
    public static async Task<ServiceProvider> StartStorageAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        IConfiguration withoutSeeding = new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Seed"] = "false" })
            .Build();
        ServiceProvider services = new ServiceCollection()
            .AddLogging()
            .AddGrowBotStorage(withoutSeeding)
            .AddBuiltInNoteAnalyser(withoutSeeding)
            .BuildServiceProvider();
        await services.InitializeGrowBotDatabaseAsync(cancellationToken);
        return services;
    }
}
