using GrowBot.LocalChannel.Connector;
using GrowBot.LocalChannel.Conversations;
using GrowBot.LocalChannel.Delivery;
using GrowBot.LocalChannel.DirectLine;
using GrowBot.LocalChannel.Page;
using GrowBot.LocalChannel.Personas;
using GrowBot.LocalChannel.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel;

/// <summary>
/// Registration of the local browser chat: a page with Microsoft Web Chat at <c>/</c>, a Direct Line 3.0 subset
/// at <c>/v3/directline</c> and a Bot Connector stand-in at <c>/local/connector</c>. It exists only in the
/// Development environment with no <c>MicrosoftAppId</c> configured (the bot's local development mode), and
/// serves only loopback requests.
/// </summary>
public static class LocalChannelExtensions
{
    /// <summary>Configuration key whose presence turns the bot's local development mode, and this channel, off.</summary>
    public const string AppIdKey = "MicrosoftAppId";

    /// <summary>
    /// Registers the channel's services unless a <c>MicrosoftAppId</c> is configured. An <see cref="ILocalPersonaSource"/>
    /// registered by the caller wins over the default one, which reads <c>LocalChannel:Personas</c>.
    /// </summary>
    public static IServiceCollection AddLocalChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(configuration[AppIdKey]))
        {
            return services;
        }

        services.Configure<LocalChannelOptions>(configuration.GetSection(LocalChannelOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILocalPersonaSource, ConfigurationPersonaSource>();
        services.AddSingleton<LocalChannelMarker>();
        services.AddSingleton<LocalConversationStore>();
        services.AddSingleton<HostLoopbackAddress>();
        services.AddSingleton<BotDelivery>();
        services.AddHttpClient(BotDelivery.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }

    /// <summary>
    /// Maps the channel's endpoints when the environment is Development, no <c>MicrosoftAppId</c> is configured and
    /// <see cref="AddLocalChannel"/> was called; does nothing otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapLocalChannel(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        IServiceProvider services = endpoints.ServiceProvider;
        ILogger logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("GrowBot.LocalChannel");

        string? reason = DisabledReason(services);
        if (reason is not null)
        {
            logger.LocalChannelDisabled(reason);
            return endpoints;
        }

        RouteGroupBuilder group = endpoints.MapGroup(string.Empty).AddEndpointFilter<LoopbackOnlyFilter>();
        PageEndpoints.Map(group);
        DirectLineEndpoints.Map(group);
        ConnectorEndpoints.Map(group);

        HostLoopbackAddress address = services.GetRequiredService<HostLoopbackAddress>();
        services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(
            () => logger.LocalChannelEnabled(address.TryGetBaseAddress()?.ToString() ?? "/"));
        return endpoints;
    }

    private static string? DisabledReason(IServiceProvider services)
    {
        if (!services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            return "the environment is not Development";
        }

        if (!string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()[AppIdKey]))
        {
            return "MicrosoftAppId is configured";
        }

        return services.GetService<LocalChannelMarker>() is null ? "AddLocalChannel was not called" : null;
    }

    /// <summary>Shows that <see cref="AddLocalChannel"/> registered the services.</summary>
    private sealed class LocalChannelMarker;
}
