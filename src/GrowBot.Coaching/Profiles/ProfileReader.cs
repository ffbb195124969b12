using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;

namespace GrowBot.Coaching.Profiles;

/// <summary>
/// Assembles the profile card of an employee and writes an audit record for every read.
/// The caller checks beforehand that the actor may see the employee (for example an assigned HRBP).
/// </summary>
public sealed class ProfileReader
{
    /// <summary>Audit action written for a profile read.</summary>
    public const string AuditAction = "profile.read";

    private const int OvertimeMonths = 12;

    private static readonly IReadOnlyList<string> _sections =
        [ProfileSections.Person, ProfileSections.Department, ProfileSections.Manager, ProfileSections.Rating, ProfileSections.Overtime];

    private readonly IPeopleDirectory _people;
    private readonly IMetricStore _metrics;
    private readonly IAuditLog _auditLog;
    private readonly TimeProvider _timeProvider;

    public ProfileReader(IPeopleDirectory people, IMetricStore metrics, IAuditLog auditLog, TimeProvider timeProvider)
    {
        _people = people;
        _metrics = metrics;
        _auditLog = auditLog;
        _timeProvider = timeProvider;
    }

    /// <summary>
    /// Reads the profile of <paramref name="employeeId"/> on behalf of <paramref name="actorId"/> and appends the
    /// audit record before returning. Returns null, and audits nothing, when the person does not exist in the tenant.
    /// </summary>
    public async Task<EmployeeProfile?> ReadAsync(string tenantId, string actorId, string employeeId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(employeeId);

        Person? person = await _people.GetAsync(tenantId, employeeId, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return null;
        }

        DateTimeOffset now = _timeProvider.GetUtcNow();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);

        Department? department = await _people.GetDepartmentAsync(tenantId, person.DepartmentId, cancellationToken).ConfigureAwait(false);
        Person? manager = person.ManagerId is null
            ? null
            : await _people.GetAsync(tenantId, person.ManagerId, cancellationToken).ConfigureAwait(false);
        MetricSeries ratings = await _metrics.GetSeriesAsync(tenantId, employeeId, MetricCodes.Rating, cancellationToken).ConfigureAwait(false);
        MetricSeries overtime = await _metrics.GetSeriesAsync(tenantId, employeeId, MetricCodes.OvertimeHours, cancellationToken).ConfigureAwait(false);

        var profile = new EmployeeProfile(person, department, manager, LatestRating(ratings, today), SummarizeOvertime(overtime, today), today);

        await _auditLog.AppendAsync(
            new AuditRecord(tenantId, actorId, employeeId, AuditAction, _sections, now),
            cancellationToken).ConfigureAwait(false);
        return profile;
    }

    private static RatingSnapshot? LatestRating(MetricSeries ratings, DateOnly today)
    {
        MetricPoint? latest = ratings.Points
            .Where(p => PeriodMath.IsComplete(p, today))
            .OrderBy(p => p.PeriodStart)
            .LastOrDefault();
        return latest is null ? null : new RatingSnapshot(latest.Value, latest.PeriodStart, latest.Source, latest.AsOf);
    }

    /// <summary>Keeps the last 12 complete months and compares the latest month with the one before.</summary>
    internal static OvertimeSummary SummarizeOvertime(MetricSeries overtime, DateOnly today)
    {
        DateOnly firstMonth = PeriodMath.LatestCompleteStart(today, PeriodKind.Month).AddMonths(-(OvertimeMonths - 1));
        List<MetricPoint> months = overtime.Points
            .Where(p => p.Period == PeriodKind.Month && p.PeriodStart >= firstMonth && PeriodMath.IsComplete(p, today))
            .OrderBy(p => p.PeriodStart)
            .ToList();

        if (months.Count == 0)
        {
            return new OvertimeSummary(months, null, null, null);
        }

        decimal latest = months[^1].Value;
        decimal? previous = months.Count >= 2 ? months[^2].Value : null;
        decimal? change = previous is > 0m ? Math.Round((latest - previous.Value) / previous.Value * 100m, 1) : null;
        return new OvertimeSummary(months, latest, previous, change);
    }
}
