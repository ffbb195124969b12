namespace GrowBot.Coaching.Preparations;

/// <summary>The GROW stage a preparation is in; <see cref="Brief"/> follows the last stage.</summary>
public enum GrowStage
{
    Goal,
    Reality,
    Options,
    WayForward,
    Brief,
}

/// <summary>An employee-facing step the HRBP took from the Options stage.</summary>
public enum OptionRequestKind
{
    CourseEnrolment,
    MentorIntroduction,
    ProjectInterest,
    OpeningInterest,
}

/// <summary>A recorded employee-facing step, for example a course enrolment requested from the card.</summary>
public sealed record OptionRequest(OptionRequestKind Kind, string ResourceId, string RequestedBy, DateTimeOffset At);

/// <summary>The employee's response to a check-in card: topics they want to raise and a self-assessment.</summary>
/// <param name="Score">Self-assessment from 1 (struggling) to 5 (going very well).</param>
public sealed record CheckInAnswer(string Topics, int Score, string? Comment, DateTimeOffset At);

/// <summary>
/// An HRBP's preparation of an interview with one employee: the current stage, the HRBP's notes per stage, the
/// target and target role typed on the Goal stage, recorded option requests and the employee's check-in.
/// Stored whole (one document), with optimistic concurrency through <see cref="Version"/>.
/// </summary>
public sealed record Preparation(
    string TenantId,
    string Id,
    string HrbpId,
    string EmployeeId,
    GrowStage Stage,
    IReadOnlyDictionary<GrowStage, string> Notes,
    decimal? TargetPercent,
    string? TargetRole,
    IReadOnlyList<OptionRequest> Requests,
    DateTimeOffset? CheckInRequestedAt,
    CheckInAnswer? CheckIn,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    long Version = 0)
{
    /// <summary>Maximum length of one stage's notes, in UTF-16 code units.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>Maximum length of the typed target role.</summary>
    public const int MaxTargetRoleLength = 100;

    public bool IsOpen => CompletedAt is null;

    /// <summary>Starts a preparation at the Goal stage.</summary>
    public static Preparation Start(string tenantId, string hrbpId, string employeeId, DateTimeOffset now) =>
        new(tenantId, "prep-" + Guid.CreateVersion7(now).ToString("N"), hrbpId, employeeId, GrowStage.Goal,
            new Dictionary<GrowStage, string>(), null, null, [], null, null, now, now, null);

    public string NotesFor(GrowStage stage) => Notes.TryGetValue(stage, out string? text) ? text : string.Empty;

    /// <summary>Returns a copy with the stage's notes replaced; blank notes remove the entry.</summary>
    public Preparation WithNotes(GrowStage stage, string? text, DateTimeOffset now)
    {
        var notes = new Dictionary<GrowStage, string>(Notes);
        string trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            notes.Remove(stage);
        }
        else
        {
            notes[stage] = trimmed.Length > MaxNotesLength ? trimmed[..MaxNotesLength] : trimmed;
        }

        return this with { Notes = notes, UpdatedAt = now };
    }

    public Preparation WithRequest(OptionRequest request) =>
        this with { Requests = [.. Requests, request], UpdatedAt = request.At };
}

/// <summary>Preparations of a tenant. Writes of one preparation are atomic and version-checked.</summary>
public interface IPreparationStore
{
    Task<Preparation?> GetAsync(string tenantId, string preparationId, CancellationToken cancellationToken);

    /// <summary>Returns the open preparation of the HRBP for the employee, or null.</summary>
    Task<Preparation?> FindOpenAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken);

    /// <summary>Returns the HRBP's preparations, most recently updated first.</summary>
    Task<IReadOnlyList<Preparation>> ListByHrbpAsync(string tenantId, string hrbpId, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the preparation when its version is 0, else replaces it when the stored version still equals
    /// <see cref="Preparation.Version"/>. Returns the preparation with its new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The stored preparation has another version, or one with this id exists already.</exception>
    Task<Preparation> SaveAsync(Preparation preparation, CancellationToken cancellationToken);
}
