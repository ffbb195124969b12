using GrowBot.Coaching.Profiles;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Integrations.Tests.Connectors;

public sealed class RestConnectorTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Success_ReturnsSeriesAndCaches()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl), clock);

        ConnectorResult<MetricSeries> first = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);
        clock.Advance(TimeSpan.FromMinutes(5));
        ConnectorResult<MetricSeries> second = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Fresh, first.Status);
        Assert.Equal([4.0m, 4.5m], first.Value!.Points.Select(p => p.Value).ToArray());
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), first.AsOf);
        Assert.All(first.Value.Points, p => Assert.Equal("Hris", p.Source));
        Assert.Equal(ConnectorStatus.Cached, second.Status);
        Assert.Equal(first.AsOf, second.AsOf);
        Assert.Single(server.Requests);
        Assert.Equal("/people/e-1/metrics/rating", server.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task FieldMapAndApiKey_AreApplied()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, """
            { "data": [ { "quarter_start": "2026-07-01", "score": "3.5" } ] }
            """);
        Dictionary<string, string?> settings = ConnectorHarness.Settings(server.BaseUrl);
        settings["Connectors:Hris:FieldMap:data"] = "points";
        settings["Connectors:Hris:FieldMap:quarter_start"] = "periodStart";
        settings["Connectors:Hris:FieldMap:score"] = "value";
        settings["Connectors:Hris:Auth:Mode"] = "ApiKey";
        settings["Connectors:Hris:Auth:HeaderName"] = "X-Hris-Key";
        settings["Connectors:Hris:Auth:ApiKey"] = "secret-1";
        await using var services = ConnectorHarness.Build(settings);

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e 1/x", "rating", None);

        MetricPoint point = Assert.Single(result.Value!.Points);
        Assert.Equal(new DateOnly(2026, 7, 1), point.PeriodStart);
        Assert.Equal(PeriodKind.Quarter, point.Period);
        Assert.Equal(3.5m, point.Value);
        Assert.Equal("secret-1", server.Requests[0].Headers["X-Hris-Key"]);
        Assert.Equal("/people/e%201%2Fx/metrics/rating", server.Requests[0].PathAndQuery);
    }

    [Fact]
    public async Task SlowSource_TimesOut()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        };
        Dictionary<string, string?> settings = ConnectorHarness.Settings(server.BaseUrl);
        settings["Connectors:Hris:TimeoutSeconds"] = "0.2";
        await using var services = ConnectorHarness.Build(settings, TimeProvider.System);

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Unavailable, result.Status);
        Assert.Equal("timed out", result.Error);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task ConnectionRefused_IsUnavailable()
    {
        var baseUrl = new Uri($"http://127.0.0.1:{LoopbackServer.UnusedPort()}/");
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(baseUrl));

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Unavailable, result.Status);
        Assert.StartsWith("connection failed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedFailures_OpenCircuitBreaker()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, "{}", StatusCodes.Status503ServiceUnavailable);
        Dictionary<string, string?> settings = ConnectorHarness.Settings(server.BaseUrl);
        settings["Connectors:Hris:BreakerMinimumThroughput"] = "2";
        await using var services = ConnectorHarness.Build(settings);
        RestConnector connector = services.Connector();

        ConnectorResult<MetricSeries> first = await connector.GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);
        ConnectorResult<MetricSeries> second = await connector.GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-2", "rating", None);
        ConnectorResult<MetricSeries> third = await connector.GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-3", "rating", None);

        Assert.Equal("HTTP 503", first.Error);
        Assert.Equal("HTTP 503", second.Error);
        Assert.Equal("circuit breaker open", third.Error);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task TransientFailure_IsRetried()
    {
        await using var server = await LoopbackServer.StartAsync();
        int calls = 0;
        server.Handler = context => Interlocked.Increment(ref calls) == 1
            ? LoopbackServer.JsonAsync(context, "{}", StatusCodes.Status503ServiceUnavailable)
            : LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        Dictionary<string, string?> settings = ConnectorHarness.Settings(server.BaseUrl);
        settings["Connectors:Hris:Retries"] = "2";
        await using var services = ConnectorHarness.Build(settings, TimeProvider.System);

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Fresh, result.Status);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData("{ \"points\": [ { \"periodStart\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{ \"items\": [] }")]
    public async Task MalformedResponse_IsUnavailable(string body)
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, body);
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl));

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Unavailable, result.Status);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task PartialData_KeepsValidPointsAndCountsSkipped()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, """
            { "points": [ { "periodStart": "2026-01-01", "value": 4.0 },
                          { "periodStart": "2026-04-01" },
                          { "periodStart": "April", "value": 3.0 },
                          { "periodStart": "2026-07-01", "period": "Fortnight", "value": 3.0 },
                          null,
                          { "periodStart": "2026-10-01", "value": 3.5 } ] }
            """);
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl));

        ConnectorResult<MetricSeries> result = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Fresh, result.Status);
        Assert.Equal([4.0m, 3.5m], result.Value!.Points.Select(p => p.Value).ToArray());
        Assert.Equal(4, result.SkippedItems);
    }

    [Fact]
    public async Task SourceDown_ReturnsStaleResult()
    {
        await using var server = await LoopbackServer.StartAsync();
        server.Handler = context => LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        await using var services = ConnectorHarness.Build(ConnectorHarness.Settings(server.BaseUrl), clock);
        ConnectorResult<MetricSeries> fresh = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);
        server.Handler = context => LoopbackServer.JsonAsync(context, "{}", StatusCodes.Status500InternalServerError);
        clock.Advance(TimeSpan.FromMinutes(20));

        ConnectorResult<MetricSeries> stale = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", None);

        Assert.Equal(ConnectorStatus.Stale, stale.Status);
        Assert.Equal(fresh.AsOf, stale.AsOf);
        Assert.Equal("HTTP 500", stale.Error);
        Assert.Equal(2, stale.Value!.Points.Count);
        Assert.Equal(2, server.Requests.Count);
    }
}
