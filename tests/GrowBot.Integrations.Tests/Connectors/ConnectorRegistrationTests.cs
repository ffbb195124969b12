using GrowBot.Coaching.Profiles;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Integrations.Tests.Connectors;

public sealed class ConnectorRegistrationTests
{
    [Fact]
    public void ConfiguredConnector_BecomesMetricStoreOverStoredSeries()
    {
        var stored = new InMemoryMetricStore();
        using ServiceProvider services = ConnectorHarness.Build(ConnectorHarness.Settings(new Uri("http://127.0.0.1:9/")), stored: stored);

        IMetricStore store = services.GetRequiredService<IMetricStore>();

        Assert.IsType<ConnectorMetricSource>(store);
        Assert.Same(store, services.GetRequiredService<ConnectorMetricSource>());
    }

    [Fact]
    public void NoConnector_KeepsStoredMetricStore()
    {
        var stored = new InMemoryMetricStore();
        using ServiceProvider services = ConnectorHarness.Build([], stored: stored);

        Assert.Same(stored, services.GetRequiredService<IMetricStore>());
    }
}
