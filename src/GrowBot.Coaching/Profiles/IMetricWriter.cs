namespace GrowBot.Coaching.Profiles;

/// <summary>Writes metric points, for example from an HR system import.</summary>
public interface IMetricWriter
{
    /// <summary>
    /// Inserts or replaces the points of one person's metric, keyed by period start. The whole batch is
    /// validated before anything is written.
    /// </summary>
    /// <exception cref="ArgumentException">The metric code is empty or two points share a period start.</exception>
    Task UpsertAsync(string tenantId, string personId, string metricCode, IReadOnlyList<MetricPoint> points, CancellationToken cancellationToken);
}
