using GrowBot.Coaching.Profiles;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class MetricStore : IMetricStore, IMetricWriter
{
    private readonly GrowBotDbContextFactory _factory;

    public MetricStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<MetricPointRow> rows = await db.MetricPoints.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.PersonId == personId && m.MetricCode == metricCode)
            .ToListAsync(cancellationToken);
        return new MetricSeries(metricCode, rows
            .OrderBy(r => r.PeriodStart)
            .Select(r => new MetricPoint(r.PeriodStart, r.Period, r.Value, r.Source, r.AsOf))
            .ToList());
    }

    public async Task UpsertAsync(string tenantId, string personId, string metricCode, IReadOnlyList<MetricPoint> points, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        ArgumentException.ThrowIfNullOrWhiteSpace(metricCode);
        if (points.Select(p => (p.PeriodStart, p.Period)).Distinct().Count() != points.Count)
        {
            throw new ArgumentException($"Two points of metric '{metricCode}' share a period. Nothing was written.", nameof(points));
        }

        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<MetricPointRow> existing = await db.MetricPoints
            .Where(m => m.TenantId == tenantId && m.PersonId == personId && m.MetricCode == metricCode)
            .ToListAsync(cancellationToken);
        foreach (MetricPoint point in points)
        {
            MetricPointRow? row = existing.FirstOrDefault(r => r.PeriodStart == point.PeriodStart && r.Period == point.Period);
            if (row is null)
            {
                db.MetricPoints.Add(ToRow(tenantId, personId, metricCode, point));
            }
            else
            {
                row.Value = point.Value;
                row.Source = point.Source;
                row.AsOf = point.AsOf;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    internal static MetricPointRow ToRow(string tenantId, string personId, string metricCode, MetricPoint point) => new()
    {
        TenantId = tenantId,
        PersonId = personId,
        MetricCode = metricCode,
        PeriodStart = point.PeriodStart,
        Period = point.Period,
        Value = point.Value,
        Source = point.Source,
        AsOf = point.AsOf,
    };
}
