using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Ingest;

/// <summary>One metric point of one person.</summary>
public sealed record PersonMetric(string PersonId, string MetricCode, MetricPoint Point);

/// <summary>A person of a batch, with the day they left when the record marks a leaver.</summary>
public sealed record IngestedPerson(Person Person, DateOnly? LeftOn);

/// <summary>
/// A batch that passed <see cref="IngestValidator.Validate"/>: every record converted to its domain type, in
/// the order of the request, so a list position is the record index of an error.
/// </summary>
public sealed record IngestBatch(
    string TenantId,
    string? BatchId,
    IReadOnlyList<Department> Departments,
    IReadOnlyList<IngestedPerson> People,
    IReadOnlyList<HrbpAssignment> Assignments,
    IReadOnlyList<Goal> Goals,
    IReadOnlyList<PersonMetric> Metrics)
{
    public int RecordCount => Departments.Count + People.Count + Assignments.Count + Goals.Count + Metrics.Count;
}

/// <summary>An invalid record: the section (people, metrics, …), its index in that section, the field and the reason.</summary>
public sealed record IngestError(string Section, int Index, string Field, string Reason);

/// <summary>Outcome of applying a batch.</summary>
public enum IngestOutcome
{
    /// <summary>Every record was written.</summary>
    Applied,

    /// <summary>The batch id was accepted before with the same content; nothing was written again.</summary>
    Duplicate,

    /// <summary>The batch id was accepted before with other content; nothing was written.</summary>
    Conflict,

    /// <summary>At least one record is invalid; nothing was written.</summary>
    Rejected,
}

/// <summary>What applying a batch did.</summary>
/// <param name="Counts">Records per section; written ones for <see cref="IngestOutcome.Applied"/>.</param>
/// <param name="EndedAssignments">Open assignments ended by reassignments and leavers.</param>
public sealed record IngestResult(
    IngestOutcome Outcome,
    IReadOnlyDictionary<string, int> Counts,
    int EndedAssignments,
    IReadOnlyList<IngestError> Errors);

/// <summary>Writes validated ingest batches of one tenant atomically.</summary>
public interface IIngestStore
{
    /// <summary>
    /// Checks the references of the batch against the batch itself and the stored rows of the tenant, then
    /// writes every record in one transaction, or nothing when a record is invalid.
    /// </summary>
    /// <param name="contentHash">Hash of the request content, compared when the batch id was seen before.</param>
    Task<IngestResult> ApplyAsync(IngestBatch batch, string contentHash, CancellationToken cancellationToken);

    /// <summary>Returns when the batch id was accepted and how many records it had, or null when it is unknown.</summary>
    Task<IngestBatchReceipt?> FindBatchAsync(string tenantId, string batchId, CancellationToken cancellationToken);
}

/// <summary>A batch id accepted before.</summary>
public sealed record IngestBatchReceipt(string BatchId, DateTimeOffset ReceivedAt, int RecordCount);

/// <summary>Names of the batch sections, as in the request body and in errors.</summary>
public static class IngestSections
{
    public const string Batch = "batch";
    public const string Departments = "departments";
    public const string People = "people";
    public const string Assignments = "assignments";
    public const string Goals = "goals";
    public const string Metrics = "metrics";
}
