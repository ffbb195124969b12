using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Bot.Profiles;

/// <summary>What the first interview-preparation card shows about an employee.</summary>
public sealed record ProfileCardData(
    Person Employee,
    Department? Department,
    Person? Manager,
    MetricPoint? LatestRating,
    IReadOnlyList<MetricPoint> RecentOvertime,
    OvertimeChange? OvertimeChange);

/// <summary>Overtime of the latest month against the month before: hours, and percent when the earlier month is not zero.</summary>
public sealed record OvertimeChange(decimal Hours, decimal? Percent);

/// <summary>
/// Assembles the profile card data of an employee for an actor and writes the audit record of the read.
/// The caller checks first that the actor may read the profile.
/// </summary>
public interface IProfileCardDataSource
{
    Task<ProfileCardData> LoadAsync(string tenantId, string actorId, Person employee, CancellationToken cancellationToken);
}
