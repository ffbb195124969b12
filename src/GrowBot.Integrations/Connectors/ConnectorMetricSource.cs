using GrowBot.Coaching.Profiles;

namespace GrowBot.Integrations.Connectors;

/// <summary>
/// An <see cref="IMetricStore"/> that reads a metric from the first connector serving it for the tenant, and
/// from the stored series (ingest API, import, demo data) when no connector serves it or the source is down
/// with nothing cached. Points from a connector carry the connector name as source and the retrieval time as "as of".
/// </summary>
public sealed class ConnectorMetricSource : IMetricStore
{
    private readonly IReadOnlyList<RestConnector> _connectors;
    private readonly IMetricStore _stored;

    public ConnectorMetricSource(IReadOnlyList<RestConnector> connectors, IMetricStore stored)
    {
        _connectors = connectors;
        _stored = stored;
    }

    public async Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken)
    {
        ConnectorResult<MetricSeries>? result = await ReadAsync(tenantId, personId, metricCode, cancellationToken);
        return result?.Value ?? await _stored.GetSeriesAsync(tenantId, personId, metricCode, cancellationToken);
    }

    /// <summary>Returns the connector result with its status and "as of", or null when no connector serves the metric.</summary>
    public async Task<ConnectorResult<MetricSeries>?> ReadAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken)
    {
        RestConnector? connector = _connectors.FirstOrDefault(c => c.Serves(tenantId, metricCode));
        return connector is null ? null : await connector.GetMetricSeriesAsync(tenantId, personId, metricCode, cancellationToken);
    }
}
