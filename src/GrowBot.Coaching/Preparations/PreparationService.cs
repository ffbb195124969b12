using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Development;

namespace GrowBot.Coaching.Preparations;

/// <summary>
/// Opens, resumes and changes preparations and records what the HRBP decides on them. Every change reads the
/// stored preparation, applies the change and saves it with its version, retrying on a concurrent write. The
/// caller checks beforehand that the actor is the employee's assigned HRBP.
/// </summary>
public sealed class PreparationService
{
    private const int MaxAttempts = 3;
    private const int RecentPreparations = 50;

    private readonly IPreparationStore _preparations;
    private readonly IActionItemStore _actionItems;
    private readonly IDevelopmentStore _development;
    private readonly TimeProvider _time;

    public PreparationService(IPreparationStore preparations, IActionItemStore actionItems, IDevelopmentStore development, TimeProvider time)
    {
        _preparations = preparations;
        _actionItems = actionItems;
        _development = development;
        _time = time;
    }

    /// <summary>Returns the open preparation of the HRBP for the employee, or starts one at the Goal stage.</summary>
    public async Task<Preparation> OpenAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            Preparation? open = await _preparations.FindOpenAsync(tenantId, hrbpId, employeeId, cancellationToken).ConfigureAwait(false);
            if (open is not null)
            {
                return open;
            }

            try
            {
                return await _preparations.SaveAsync(Preparation.Start(tenantId, hrbpId, employeeId, _time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Another turn opened it at the same time; read it again.
            }
        }
    }

    /// <summary>Returns the HRBP's most recently changed open preparation, or null.</summary>
    public async Task<Preparation?> FindLatestOpenAsync(string tenantId, string hrbpId, CancellationToken cancellationToken)
    {
        IReadOnlyList<Preparation> recent = await _preparations.ListByHrbpAsync(tenantId, hrbpId, RecentPreparations, cancellationToken).ConfigureAwait(false);
        return recent.FirstOrDefault(p => p.IsOpen);
    }

    /// <summary>Returns the preparation when it belongs to the HRBP; null for another HRBP's or an unknown id.</summary>
    public async Task<Preparation?> GetForHrbpAsync(string tenantId, string hrbpId, string? preparationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(preparationId))
        {
            return null;
        }

        Preparation? preparation = await _preparations.GetAsync(tenantId, preparationId, cancellationToken).ConfigureAwait(false);
        return preparation?.HrbpId == hrbpId ? preparation : null;
    }

    /// <summary>Applies <paramref name="change"/> to the stored preparation and saves it, retrying on a concurrent write.</summary>
    public async Task<Preparation> UpdateAsync(Preparation preparation, Func<Preparation, DateTimeOffset, Preparation> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(change);
        Preparation current = preparation;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                Preparation changed = change(current, _time.GetUtcNow()) with { UpdatedAt = _time.GetUtcNow() };
                return await _preparations.SaveAsync(changed, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                current = await _preparations.GetAsync(preparation.TenantId, preparation.Id, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException($"Preparation {preparation.Id} disappeared while it was changed.");
            }
        }
    }

    /// <summary>
    /// Records an employee-facing option on the preparation. A course enrolment is also stored as an enrolment of
    /// the employee (status enrolled), so the growth data shows it.
    /// </summary>
    public async Task<Preparation> RecordOptionAsync(Preparation preparation, OptionRequestKind kind, string resourceId, string actorId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceId);
        DateTimeOffset now = _time.GetUtcNow();
        if (kind == OptionRequestKind.CourseEnrolment)
        {
            IReadOnlyList<CourseEnrolment> enrolments = await _development.ListEnrolmentsAsync(preparation.TenantId, preparation.EmployeeId, cancellationToken).ConfigureAwait(false);
            if (!enrolments.Any(e => e.CourseId == resourceId && e.Status != EnrolmentStatus.Withdrawn))
            {
                var enrolment = new CourseEnrolment(preparation.TenantId, $"ce-{preparation.Id}-{resourceId}", preparation.EmployeeId, resourceId,
                    DateOnly.FromDateTime(now.UtcDateTime), null, EnrolmentStatus.Enrolled);
                await _development.SaveEnrolmentAsync(enrolment, cancellationToken).ConfigureAwait(false);
            }
        }

        return await UpdateAsync(
            preparation,
            (current, at) => current.Requests.Any(r => r.Kind == kind && r.ResourceId == resourceId)
                ? current
                : current.WithRequest(new OptionRequest(kind, resourceId, actorId, at)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores a new action item of the preparation.</summary>
    public Task<ActionItem> AddActionItemAsync(Preparation preparation, ActionItemDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentNullException.ThrowIfNull(draft);
        DateTimeOffset now = _time.GetUtcNow();
        var item = new ActionItem(
            preparation.TenantId, "ai-" + Guid.CreateVersion7(now).ToString("N"), preparation.Id, preparation.HrbpId, preparation.EmployeeId,
            draft.Title, draft.OwnerPersonId, draft.DueOn, draft.Milestones, draft.Cadence, draft.LinkedResource, draft.MetricCode,
            ActionItemStatus.Open, 0, now, null);
        return _actionItems.SaveAsync(item, cancellationToken);
    }

    public Task<IReadOnlyList<ActionItem>> ListActionItemsAsync(Preparation preparation, CancellationToken cancellationToken) =>
        _actionItems.ListForEmployeeAsync(preparation.TenantId, preparation.EmployeeId, cancellationToken);
}

/// <summary>What the HRBP typed for a new action item; validated by the caller.</summary>
public sealed record ActionItemDraft(
    string Title,
    string OwnerPersonId,
    DateOnly DueOn,
    IReadOnlyList<string> Milestones,
    CheckInCadence Cadence,
    string? LinkedResource,
    string? MetricCode);
