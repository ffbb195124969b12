namespace GrowBot.Coaching.Tenants;

/// <summary>Per-tenant thresholds of the trend signals. Defaults are the product defaults.</summary>
public sealed record SignalThresholds
{
    /// <summary>Number of consecutive negative quarter-over-quarter rating changes (N+1 quarterly values).</summary>
    public int RatingDeclineQuarters { get; init; } = 3;

    /// <summary>Drop of the training participation rate, half-year over half-year, in percentage points.</summary>
    public decimal TrainingDropPoints { get; init; } = 20m;

    /// <summary>Relative rise of overtime hours, month over month, in percent.</summary>
    public decimal OvertimeRisePercent { get; init; } = 25m;

    /// <summary>Overtime rise counts only when the latest month has at least this many hours.</summary>
    public decimal OvertimeMinimumHours { get; init; } = 10m;

    /// <summary>Relative rise of the customer complaint rate, quarter over quarter, in percent.</summary>
    public decimal ComplaintRisePercent { get; init; } = 10m;

    /// <summary>Drop of the goal completion rate, period over period, in percentage points.</summary>
    public decimal GoalCompletionDropPoints { get; init; } = 15m;
}

/// <summary>Settings of one tenant.</summary>
public sealed record TenantSettings(
    string TenantId,
    string DefaultLocale,
    SignalThresholds Thresholds,
    IReadOnlyList<string> AdminAadObjectIds,
    bool AttritionScoreEnabled = true);

public interface ITenantSettingsStore
{
    /// <summary>Returns the tenant's settings, or defaults (en-US, default thresholds, no admins) for an unknown tenant.</summary>
    Task<TenantSettings> GetAsync(string tenantId, CancellationToken cancellationToken);

    Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken);
}
