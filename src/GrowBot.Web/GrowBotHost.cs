using GrowBot.Bot;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;
using GrowBot.Integrations.Graph;
using GrowBot.Protocol.Hosting;
using GrowBot.LocalChannel;
using GrowBot.LocalChannel.Personas;
using GrowBot.Storage;
using GrowBot.Web.Demo;
using GrowBot.Web.Ingest;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrowBot.Web;

/// <summary>The composition root: every layer is registered and mapped here and nowhere else.</summary>
internal static class GrowBotHost
{
    public static WebApplicationBuilder AddGrowBot(this WebApplicationBuilder builder)
    {
        IConfiguration configuration = builder.Configuration;

        builder.Services.AddProblemDetails();
        builder.Services.AddDataProtection()
            .SetApplicationName("GrowBot")
            .PersistKeysToFileSystem(new DirectoryInfo(DataProtectionKeyDirectory(configuration, builder.Environment)));

        builder.Services.AddBotProtocol(configuration);
        builder.Services.AddGrowBotStorage(configuration);
        builder.Services.AddGrowBotBot(configuration);
        builder.Services.AddGrowBotOpenAI(configuration);

        // Development only: the browser chat at http://localhost:3978/ acting as demo personas.
        builder.Services.AddSingleton<ILocalPersonaSource, DemoLocalPersonaSource>();
        builder.Services.AddLocalChannel(configuration);
        builder.Services.AddGrowBotIngest(configuration);
        AddGraphChatProvisioning(builder.Services, configuration);
        return builder;
    }

    public static async Task UseGrowBotAsync(this WebApplication app)
    {
        await app.Services.InitializeGrowBotDatabaseAsync();
        LogNoteModel(app);

        // HEAD too, because load balancers and uptime monitors often probe with it.
        app.MapMethods("/healthz", [HttpMethods.Get, HttpMethods.Head], () => Results.Text("ok"));
        app.MapBotMessages("/api/messages");
        app.MapLocalChannel();
        app.MapGrowBotIngest();
    }

    private static void LogNoteModel(WebApplication app)
    {
        NoteModelSummary? model = app.Services.GetRequiredService<BuiltInNoteAnalyser>().Model;
        string source = app.Configuration[BotServiceCollectionExtensions.NoteModelPathKey] is { Length: > 0 } path ? path : "shipped model";
        GrowBotHostLog.NoteModelLoaded(app.Logger, source, model?.NoteCount ?? 0, model?.FeatureCount ?? 0, model?.TrainedOn ?? "none");
    }

    // With Graph credentials and Graph:TeamsAppId, check-ins reach employees who never opened GrowBot by installing
    // it for them. Otherwise the Bot layer's default provisions nothing. Replace works whichever layer registers first.
    private static void AddGraphChatProvisioning(IServiceCollection services, IConfiguration configuration)
    {
        GraphOptions graph = GraphOptions.FromConfiguration(configuration);
        if (graph.IsConfigured && graph.TeamsAppId is not null)
        {
            services.Replace(ServiceDescriptor.Singleton<IPersonalChatProvisioner, GraphChatProvisioner>());
        }
    }

    // Keys that encrypt the inbound queue at rest. A file directory suits one instance; several instances
    // need a shared key ring (Azure Blob Storage with Key Vault) configured through DataProtection:KeyDirectory.
    private static string DataProtectionKeyDirectory(IConfiguration configuration, IWebHostEnvironment environment)
    {
        string? configured = configuration["DataProtection:KeyDirectory"];
        return string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data", "keys")
            : configured;
    }
}

/// <summary>Log messages of the composition root.</summary>
internal static partial class GrowBotHostLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Built-in note analyser uses {ModelSource}: {NoteCount} training notes, {FeatureCount} features, trained on {TrainedOn}")]
    public static partial void NoteModelLoaded(ILogger logger, string modelSource, int noteCount, int featureCount, string trainedOn);
}
