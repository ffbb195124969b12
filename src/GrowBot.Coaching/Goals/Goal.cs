namespace GrowBot.Coaching.Goals;

/// <summary>Level of a goal in the chain company objective → team goal → personal goal.</summary>
public enum GoalLevel
{
    Company,
    Team,
    Personal,
}

/// <summary>
/// A goal (OKR or KPI) of the company, a team or a person. <see cref="ParentId"/> points one level up.
/// </summary>
/// <param name="DepartmentId">The owning department of a team goal; the owner's department for a personal goal.</param>
/// <param name="OwnerPersonId">The employee of a personal goal; the accountable manager of a team goal, if known.</param>
/// <param name="Target">Target value in <paramref name="Unit"/>.</param>
/// <param name="Progress">Current value in <paramref name="Unit"/>.</param>
/// <param name="ContributionPercent">Share of the parent goal this goal carries, 0–100.</param>
/// <param name="Weight">Weight of the goal among its owner's goals, 0–100.</param>
/// <param name="Version">Optimistic concurrency token (ETag); 0 for a goal not stored yet.</param>
public sealed record Goal(
    string TenantId,
    string Id,
    GoalLevel Level,
    string? ParentId,
    string? DepartmentId,
    string? OwnerPersonId,
    string TitleEn,
    string TitleZh,
    string? MetricCode,
    decimal Target,
    decimal Progress,
    string Unit,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal ContributionPercent,
    decimal Weight,
    long Version = 0)
{
    /// <summary>Progress as a percentage of the target, or null when the target is 0.</summary>
    public decimal? CompletionPercent => Target == 0m ? null : Math.Round(Progress / Target * 100m, 1);
}

/// <summary>Goals of a tenant. Writes of one goal are atomic and version-checked.</summary>
public interface IGoalStore
{
    Task<Goal?> GetAsync(string tenantId, string goalId, CancellationToken cancellationToken);

    /// <summary>Returns the personal goals of the person whose period contains <paramref name="on"/>.</summary>
    Task<IReadOnlyList<Goal>> ListPersonalAsync(string tenantId, string personId, DateOnly on, CancellationToken cancellationToken);

    /// <summary>Returns the goal followed by its parents up to the company objective.</summary>
    Task<IReadOnlyList<Goal>> GetChainAsync(string tenantId, string goalId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Goal>> ListChildrenAsync(string tenantId, string parentGoalId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the goal when its version is 0, else replaces it when the stored version still equals
    /// <see cref="Goal.Version"/>. Returns the goal with its new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The stored goal has another version, or a goal with this id exists already.</exception>
    Task<Goal> SaveAsync(Goal goal, CancellationToken cancellationToken);
}
