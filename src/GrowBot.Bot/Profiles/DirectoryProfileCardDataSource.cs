using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Profiles;

/// <summary>
/// Reads the profile card data from the people directory and the metric store, and appends one audit record per read.
/// </summary>
// NOTE: a stand-in until the coaching layer's profile assembler exists; register that one to replace it.
public sealed class DirectoryProfileCardDataSource : IProfileCardDataSource
{
    private const int OvertimeMonths = 3;

    private readonly IPeopleDirectory _people;
    private readonly IMetricStore _metrics;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;

    public DirectoryProfileCardDataSource(IPeopleDirectory people, IMetricStore metrics, IAuditLog audit, TimeProvider time)
    {
        _people = people;
        _metrics = metrics;
        _audit = audit;
        _time = time;
    }

    public async Task<ProfileCardData> LoadAsync(string tenantId, string actorId, Person employee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(employee);

        Department? department = await _people.GetDepartmentAsync(tenantId, employee.DepartmentId, cancellationToken).ConfigureAwait(false);
        Person? manager = employee.ManagerId is null
            ? null
            : await _people.GetAsync(tenantId, employee.ManagerId, cancellationToken).ConfigureAwait(false);
        MetricSeries rating = await _metrics.GetSeriesAsync(tenantId, employee.Id, MetricCodes.Rating, cancellationToken).ConfigureAwait(false);
        MetricSeries overtime = await _metrics.GetSeriesAsync(tenantId, employee.Id, MetricCodes.OvertimeHours, cancellationToken).ConfigureAwait(false);

        AuditRecord record = new(
            tenantId,
            actorId,
            employee.Id,
            ProfileSections.ReadAction,
            [ProfileSections.Identity, ProfileSections.Rating, ProfileSections.Overtime],
            _time.GetUtcNow());
        await _audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<MetricPoint> recent = [.. overtime.Points.TakeLast(OvertimeMonths)];
        return new ProfileCardData(employee, department, manager, rating.Latest, recent, ChangeOfLatest(overtime.Points));
    }

    private static OvertimeChange? ChangeOfLatest(IReadOnlyList<MetricPoint> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        decimal previous = points[^2].Value;
        decimal latest = points[^1].Value;
        decimal? percent = previous == 0 ? null : Math.Round((latest - previous) / previous * 100m, 1);
        return new OvertimeChange(latest - previous, percent);
    }
}
