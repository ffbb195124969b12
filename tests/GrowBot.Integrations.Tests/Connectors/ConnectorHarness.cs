using GrowBot.Coaching.Profiles;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Integrations.Tests.Connectors;

/// <summary>Builds the connector services over configuration, with a fake clock and in-memory stored series.</summary>
internal static class ConnectorHarness
{
    public const string Tenant = "tenant-1";

    public static Dictionary<string, string?> Settings(Uri baseUrl, string name = "Hris") => new()
    {
        [$"Connectors:{name}:BaseUrl"] = baseUrl.ToString(),
        [$"Connectors:{name}:Kind"] = "Hris",
        [$"Connectors:{name}:Metrics"] = "rating,overtime_hours",
        [$"Connectors:{name}:TimeoutSeconds"] = "2",
        [$"Connectors:{name}:Retries"] = "0",
        [$"Connectors:{name}:RetryDelayMilliseconds"] = "10",
    };

    /// <summary>
    /// Builds the services. The resilience pipeline waits on the registered clock, so tests of timeouts and retry
    /// delays pass <see cref="TimeProvider.System"/>; a fake clock never lets them elapse.
    /// </summary>
    public static ServiceProvider Build(
        Dictionary<string, string?> settings, TimeProvider? clock = null, InMemoryMetricStore? stored = null, Action<IServiceCollection>? configure = null)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<IMetricStore>(stored ?? new InMemoryMetricStore());
        services.AddGrowBotConnectors(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static RestConnector Connector(this ServiceProvider services) =>
        services.GetRequiredService<IReadOnlyList<RestConnector>>().Single();

    public const string RatingsJson = """
        { "personId": "e-1", "metricCode": "rating",
          "points": [ { "periodStart": "2026-04-01", "period": "Quarter", "value": 4.5 },
                      { "periodStart": "2026-01-01", "period": "Quarter", "value": 4.0 } ] }
        """;
}
