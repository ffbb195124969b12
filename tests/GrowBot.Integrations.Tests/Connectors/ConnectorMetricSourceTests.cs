using GrowBot.Coaching.Profiles;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Integrations.Tests.Connectors;

public sealed class ConnectorMetricSourceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ServedMetric_ComesFromConnector()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl));

        MetricSeries series = await services.GetRequiredService<ConnectorMetricSource>().GetSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(2, series.Points.Count);
        Assert.Equal("Hris", series.Latest?.Source);
    }

    [Fact]
    public async Task UnservedMetric_ComesFromStore()
    {
        await using var server = await LoopbackServer.StartAsync();
        var stored = new InMemoryMetricStore();
        stored.Series[("e-1", "complaint_rate")] = new MetricSeries("complaint_rate", [new MetricPoint(new DateOnly(2026, 1, 1), PeriodKind.Quarter, 1.5m, "ingest", DateTimeOffset.UnixEpoch)]);
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl), stored: stored);

        MetricSeries series = await services.GetRequiredService<ConnectorMetricSource>().GetSeriesAsync(ConnectorHarness.Tenant, "e-1", "complaint_rate", None);

        Assert.Equal("ingest", series.Latest?.Source);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task UnavailableSource_FallsBackToStore()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, "{}", StatusCodes.Status503ServiceUnavailable);
        var stored = new InMemoryMetricStore();
        stored.Series[("e-1", "rating")] = new MetricSeries("rating", [new MetricPoint(new DateOnly(2026, 1, 1), PeriodKind.Quarter, 3m, "ingest", DateTimeOffset.UnixEpoch)]);
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl), stored: stored);

        MetricSeries series = await services.GetRequiredService<ConnectorMetricSource>().GetSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal("ingest", series.Latest?.Source);
    }

    [Fact]
    public async Task ConnectorOfOtherTenant_IsNotUsed()
    {
        await using var server = await LoopbackServer.StartAsync();
        Dictionary<string, string?> settings = ConnectorHarness.Settings(server.BaseUrl);
        settings["Connectors:Hris:TenantId"] = "another-tenant";
        await using var services = ConnectorHarness.Build(settings);

        ConnectorResult<MetricSeries>? result = await services.GetRequiredService<ConnectorMetricSource>().ReadAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Null(result);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://hris.example.com/", "plain http")]
    [InlineData("ftp://127.0.0.1/", "not an absolute http(s) URL")]
    public void NonLoopbackHttpOrOtherScheme_IsRejected(string baseUrl, string message)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Connectors:Hris:BaseUrl"] = baseUrl })
            .Build();

        var exception = Assert.Throws<InvalidOperationException>(() => ConnectorOptions.ReadAll(configuration));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
        Assert.Contains("Connectors:Hris:BaseUrl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientCredentialsWithoutSecret_IsRejected()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Connectors:Crm:BaseUrl"] = "https://crm.example.com/api/",
                ["Connectors:Crm:Auth:Mode"] = "ClientCredentials",
                ["Connectors:Crm:Auth:ClientId"] = "client",
            })
            .Build();

        var exception = Assert.Throws<InvalidOperationException>(() => ConnectorOptions.ReadAll(configuration));

        Assert.Contains("Connectors:Crm:Auth", exception.Message, StringComparison.Ordinal);
    }
}
