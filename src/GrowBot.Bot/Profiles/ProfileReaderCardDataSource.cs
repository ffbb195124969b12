using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Profiles;

/// <summary>
/// Loads the profile card data through the coaching core's <see cref="ProfileReader"/>, which also appends the audit
/// record of the read.
/// </summary>
public sealed class ProfileReaderCardDataSource : IProfileCardDataSource
{
    private const int OvertimeMonthsShown = 3;

    private readonly ProfileReader _reader;

    public ProfileReaderCardDataSource(ProfileReader reader)
    {
        _reader = reader;
    }

    public async Task<ProfileCardData> LoadAsync(string tenantId, string actorId, Person employee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(employee);

        EmployeeProfile profile = await _reader.ReadAsync(tenantId, actorId, employee.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Employee {employee.Id} disappeared from tenant {tenantId} while the profile was read.");

        MetricPoint? rating = profile.LatestRating is { } latest
            ? new MetricPoint(latest.PeriodStart, PeriodKind.Quarter, latest.Value, latest.Source, latest.AsOf)
            : null;
        OvertimeSummary overtime = profile.Overtime;
        OvertimeChange? change = overtime is { Latest: { } hours, Previous: { } previous }
            ? new OvertimeChange(hours - previous, overtime.ChangePercent)
            : null;
        return new ProfileCardData(profile.Person, profile.Department, profile.Manager, rating, [.. overtime.Months.TakeLast(OvertimeMonthsShown)], change);
    }
}
