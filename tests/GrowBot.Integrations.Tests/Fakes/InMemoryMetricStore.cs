using GrowBot.Coaching.Profiles;

namespace GrowBot.Integrations.Tests.Fakes;

/// <summary>Stored series for the fallback of the connector metric source.</summary>
internal sealed class InMemoryMetricStore : IMetricStore
{
    public Dictionary<(string PersonId, string MetricCode), MetricSeries> Series { get; } = [];

    public Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken) =>
        Task.FromResult(Series.GetValueOrDefault((personId, metricCode)) ?? new MetricSeries(metricCode, []));
}
