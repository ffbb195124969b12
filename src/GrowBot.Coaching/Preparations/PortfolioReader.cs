using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Preparations;

/// <summary>One assigned employee in the HRBP's portfolio.</summary>
/// <param name="LastInterview">When the HRBP last completed a preparation for the employee.</param>
/// <param name="Urgency">Sort key, higher first: 3 per overdue item, 2 per open signal, 1 when never interviewed.</param>
public sealed record PortfolioEntry(
    Person Employee,
    DateTimeOffset? LastInterview,
    bool HasOpenPreparation,
    int OpenItems,
    int OverdueItems,
    IReadOnlyList<TrendSignal> Signals,
    int Urgency);

/// <summary>
/// Builds the HRBP's portfolio: every assigned employee with the last interview, open and overdue action items and
/// open trend signals, most urgent first. Reading the signals reads profile data, so each employee gets an audit record.
/// </summary>
public sealed class PortfolioReader
{
    /// <summary>Audit action written for each employee listed.</summary>
    public const string AuditAction = "portfolio.read";

    private static readonly string[] s_signalMetrics =
        [MetricCodes.Rating, MetricCodes.TrainingParticipation, MetricCodes.OvertimeHours, MetricCodes.ComplaintRate, MetricCodes.GoalCompletion];

    private readonly IPeopleDirectory _people;
    private readonly IPreparationStore _preparations;
    private readonly IActionItemStore _actionItems;
    private readonly IMetricStore _metrics;
    private readonly ITenantSettingsStore _settings;
    private readonly IAuditLog _auditLog;
    private readonly TimeProvider _time;

    public PortfolioReader(
        IPeopleDirectory people,
        IPreparationStore preparations,
        IActionItemStore actionItems,
        IMetricStore metrics,
        ITenantSettingsStore settings,
        IAuditLog auditLog,
        TimeProvider time)
    {
        _people = people;
        _preparations = preparations;
        _actionItems = actionItems;
        _metrics = metrics;
        _settings = settings;
        _auditLog = auditLog;
        _time = time;
    }

    public async Task<IReadOnlyList<PortfolioEntry>> ReadAsync(string tenantId, string hrbpId, CancellationToken cancellationToken)
    {
        DateTimeOffset now = _time.GetUtcNow();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        IReadOnlyList<Person> assigned = await _people.ListAssignedAsync(tenantId, hrbpId, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<Preparation> preparations = await _preparations.ListByHrbpAsync(tenantId, hrbpId, int.MaxValue, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<ActionItem> items = await _actionItems.ListForHrbpAsync(tenantId, hrbpId, cancellationToken).ConfigureAwait(false);
        TenantSettings settings = await _settings.GetAsync(tenantId, cancellationToken).ConfigureAwait(false);

        PortfolioEntry[] entries = await Task.WhenAll(assigned.Where(p => p.IsActive).Select(async employee =>
        {
            IReadOnlyList<TrendSignal> signals = await SignalsAsync(tenantId, employee.Id, settings.Thresholds, today, cancellationToken).ConfigureAwait(false);
            DateTimeOffset? last = preparations.Where(p => p.EmployeeId == employee.Id && p.CompletedAt is not null).Max(p => p.CompletedAt);
            bool open = preparations.Any(p => p.EmployeeId == employee.Id && p.IsOpen);
            List<ActionItem> own = [.. items.Where(i => i.EmployeeId == employee.Id && i.IsOpen)];
            int overdue = own.Count(i => i.IsOverdue(today));
            int urgency = overdue * 3 + signals.Count * 2 + (last is null ? 1 : 0);
            return new PortfolioEntry(employee, last, open, own.Count, overdue, signals, urgency);
        })).ConfigureAwait(false);

        foreach (PortfolioEntry entry in entries)
        {
            await _auditLog.AppendAsync(new AuditRecord(tenantId, hrbpId, entry.Employee.Id, AuditAction, ["signals", "action_items"], now), cancellationToken).ConfigureAwait(false);
        }

        return [.. entries
            .OrderByDescending(e => e.Urgency)
            .ThenBy(e => e.LastInterview ?? DateTimeOffset.MinValue)
            .ThenBy(e => e.Employee.Id, StringComparer.Ordinal)];
    }

    // NOTE: five series reads per employee, so a portfolio of n employees costs 5n store calls; fine for the
    // demo's 20 employees, untested for portfolios of hundreds.
    private async Task<IReadOnlyList<TrendSignal>> SignalsAsync(string tenantId, string employeeId, SignalThresholds thresholds, DateOnly today, CancellationToken cancellationToken)
    {
        MetricSeries[] series = await Task.WhenAll(s_signalMetrics.Select(code => _metrics.GetSeriesAsync(tenantId, employeeId, code, cancellationToken))).ConfigureAwait(false);
        return TrendRules.EvaluateAll(series.ToDictionary(s => s.MetricCode), thresholds, today);
    }
}
