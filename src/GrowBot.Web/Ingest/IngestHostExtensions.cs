using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Graph;

namespace GrowBot.Web.Ingest;

/// <summary>Registration and routes of the ingest API and the OpenAPI document.</summary>
internal static class IngestHostExtensions
{
    /// <summary>
    /// Registers the ingest options, the API key filter, the OpenAPI document generator, and the pull data sources:
    /// the REST connectors of <c>Connectors</c> and, when Graph credentials are configured, the Graph directory.
    /// </summary>
    public static IServiceCollection AddGrowBotIngest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IngestOptions.FromConfiguration(configuration));
        services.AddGrowBotConnectors(configuration);
        services.AddGrowBotGraph(configuration);
        services.AddSingleton<ApiKeyFilter>();
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer<ApiKeySecurityTransformer>();
            options.AddSchemaTransformer<IngestSchemaTransformer>();
        });
        return services;
    }

    /// <summary>Maps <c>/api/v1/…</c> behind the API key filter and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static WebApplication MapGrowBotIngest(this WebApplication app)
    {
        app.MapOpenApi();
        RouteGroupBuilder group = app.MapGroup("/api/v1")
            .AddEndpointFilter<ApiKeyFilter>()
            .WithTags("Ingest");
        IngestEndpoints.Map(group);
        return app;
    }
}
