namespace GrowBot.Coaching.ActionItems;

/// <summary>State of an action item.</summary>
public enum ActionItemStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>How often the owner is asked for a check-in on an action item.</summary>
public enum CheckInCadence
{
    None,
    WeeklyFriday,
    Biweekly,
    Monthly,
}

/// <summary>
/// An agreed step of the Way forward stage, stored for reminders and for the next preparation.
/// </summary>
/// <param name="OwnerPersonId">Who does the work, usually the employee.</param>
/// <param name="Milestones">Intermediate steps, in order.</param>
/// <param name="LinkedResource">A course, mentor, project or opening id from the Options stage, or free text such as a tool.</param>
/// <param name="MetricCode">The metric the item is meant to move, for example <c>complaint_rate</c>.</param>
/// <param name="Progress">Progress in percent, 0–100.</param>
public sealed record ActionItem(
    string TenantId,
    string Id,
    string? PreparationId,
    string HrbpId,
    string EmployeeId,
    string Title,
    string OwnerPersonId,
    DateOnly DueOn,
    IReadOnlyList<string> Milestones,
    CheckInCadence Cadence,
    string? LinkedResource,
    string? MetricCode,
    ActionItemStatus Status,
    int Progress,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    long Version = 0)
{
    public const int MaxTitleLength = 200;

    public bool IsOpen => Status == ActionItemStatus.Open;

    /// <summary>True when the item is still open after its due date.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn < today;
}

/// <summary>Action items of a tenant. Writes of one item are atomic and version-checked.</summary>
public interface IActionItemStore
{
    Task<ActionItem?> GetAsync(string tenantId, string itemId, CancellationToken cancellationToken);

    /// <summary>Returns the employee's items, newest first.</summary>
    Task<IReadOnlyList<ActionItem>> ListForEmployeeAsync(string tenantId, string employeeId, CancellationToken cancellationToken);

    /// <summary>Returns the items of every employee of the HRBP, newest first.</summary>
    Task<IReadOnlyList<ActionItem>> ListForHrbpAsync(string tenantId, string hrbpId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the item when its version is 0, else replaces it when the stored version still equals
    /// <see cref="ActionItem.Version"/>. Returns the item with its new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The stored item has another version, or one with this id exists already.</exception>
    Task<ActionItem> SaveAsync(ActionItem item, CancellationToken cancellationToken);
}
