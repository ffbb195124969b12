using GrowBot.Protocol.Auth;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Options;
using GrowBot.Protocol.Queue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Hosting;

/// <summary>Registration of the Bot Framework protocol layer.</summary>
public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers options (root keys <c>MicrosoftApp*</c>, <c>ToBotFromChannel*</c>, <c>ToChannelFromBot*</c> and the
    /// <c>Bot</c> section), inbound authentication, the connector client, Data Protection, the background queue
    /// workers and the local development guard. In-memory queue and reference store are registered only if no
    /// <see cref="IInboundActivityQueue"/> or <see cref="IConversationReferenceStore"/> is registered yet; a later
    /// registration replaces them. The application registers its <see cref="IBotHandler"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>();
        services.AddOptions<BotProtocolOptions>().Bind(configuration.GetSection(BotProtocolOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.MaxMessageBytes > 0 && o.QueueWorkerCount > 0 && o.MaxTurnAttempts > 0,
                "Bot:MaxRequestBodyBytes, Bot:MaxMessageBytes, Bot:QueueWorkerCount and Bot:MaxTurnAttempts must be positive.")
            .ValidateOnStart();

        services.AddDataProtection();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotRequestAuthenticator.OpenIdHttpClientName);
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName);
        services.AddHttpClient<IConnectorClient, ConnectorClient>();

        services.TryAddSingleton<IInboundActivityQueue, InMemoryInboundActivityQueue>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<ConnectorDelay>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<BotRequestAuthenticator>();
        services.AddSingleton<BotMessagesRequestHandler>();
        services.AddSingleton<InboundPayloadProtector>();
        services.AddSingleton<InboundDispatcher>();
        services.AddSingleton(CreateTokenProvider);

        services.AddHostedService<LocalDevelopmentGuard>();
        services.AddHostedService<InboundActivityWorker>();
        return services;
    }

    /// <summary>Maps the Bot Framework messaging endpoint (all methods; anything but POST gets 405).</summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.Map(pattern, (HttpContext context, BotMessagesRequestHandler handler) => handler.HandleAsync(context));

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        BotFrameworkOptions options = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (options.IsLocalDevelopment)
        {
            return new NoTokenProvider();
        }

        return options.MicrosoftAppType == BotAppType.UserAssignedMSI
            ? ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(services)
            : ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(services);
    }
}
