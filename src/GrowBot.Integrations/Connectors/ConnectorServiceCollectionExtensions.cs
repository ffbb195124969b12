using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace GrowBot.Integrations.Connectors;

/// <summary>Registration of the REST connectors configured under <c>Connectors</c>.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers one HttpClient per connector with the standard resilience pipeline (attempt timeout, retries with
    /// exponential back-off and Retry-After, circuit breaker), the list of <see cref="RestConnector"/> and
    /// <see cref="ConnectorMetricSource"/> over the stored <see cref="IMetricStore"/>. When at least one connector is
    /// configured, the source also becomes the <see cref="IMetricStore"/> that profiles and preparations read, with the
    /// stored series as its fallback; so call this after the store registration.
    /// </summary>
    public static IServiceCollection AddGrowBotConnectors(this IServiceCollection services, IConfiguration configuration)
    {
        IReadOnlyList<ConnectorOptions> all = ConnectorOptions.ReadAll(configuration);
        services.AddMemoryCache();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        foreach (ConnectorOptions options in all)
        {
            services.AddHttpClient(options.HttpClientName).AddStandardResilienceHandler(resilience => Configure(resilience, options));
            services.AddHttpClient(ConnectorTokenSource.TokenHttpClientName(options));
        }

        services.AddSingleton<IReadOnlyList<RestConnector>>(sp => all
            .Select(options => new RestConnector(
                options,
                sp.GetRequiredService<IHttpClientFactory>(),
                sp.GetRequiredService<IMemoryCache>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("GrowBot.Integrations.Connectors." + options.Name)))
            .ToList());
        ServiceDescriptor? stored = services.LastOrDefault(d => d.ServiceType == typeof(IMetricStore));
        services.AddSingleton(sp => new ConnectorMetricSource(
            sp.GetRequiredService<IReadOnlyList<RestConnector>>(),
            stored is null ? sp.GetRequiredService<IMetricStore>() : (IMetricStore)Resolve(sp, stored)));
        if (all.Count > 0 && stored is not null)
        {
            services.AddSingleton<IMetricStore>(sp => sp.GetRequiredService<ConnectorMetricSource>());
        }

        return services;
    }

    // Builds the store that was registered before the connectors, so the connector source can fall back to it.
    private static object Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.GetServiceOrCreateInstance(services, descriptor.ImplementationType!);

    private static void Configure(HttpStandardResilienceOptions resilience, ConnectorOptions options)
    {
        resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
        // The standard pipeline requires at least one retry attempt, so Retries 0 turns the retry off instead.
        resilience.Retry.MaxRetryAttempts = Math.Max(1, options.Retries);
        if (options.Retries == 0)
        {
            resilience.Retry.ShouldHandle = _ => Polly.PredicateResult.False();
        }

        resilience.Retry.Delay = options.RetryDelay;
        resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
        resilience.Retry.UseJitter = true;
        resilience.CircuitBreaker.MinimumThroughput = options.BreakerMinimumThroughput;
        resilience.CircuitBreaker.FailureRatio = 0.5;
        resilience.CircuitBreaker.BreakDuration = options.BreakDuration;

        // The options validator requires a sampling window of at least twice the attempt timeout and a total
        // timeout above the attempt timeout.
        resilience.CircuitBreaker.SamplingDuration = Max(TimeSpan.FromSeconds(30), options.AttemptTimeout * 2);
        TimeSpan worstCase = (options.AttemptTimeout + options.RetryDelay * 4) * (options.Retries + 1);
        resilience.TotalRequestTimeout.Timeout = Max(worstCase, options.AttemptTimeout + TimeSpan.FromSeconds(1));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
