namespace GrowBot.Coaching.Ingest;

// The records an HR system sends. Every field is nullable so that a missing value is reported per record
// (index, field, reason) by IngestValidator instead of failing the whole request body. Dates are ISO 8601
// strings (yyyy-MM-dd) and instants are ISO 8601 with an offset.

/// <summary>One ingest batch. The tenant comes from the API key, never from the body.</summary>
/// <param name="BatchId">
/// Optional client id of the batch. A batch id that was accepted before with the same content is not applied
/// again; with other content it is a conflict.
/// </param>
public sealed record IngestRequest(
    string? BatchId,
    IReadOnlyList<IngestDepartmentRecord>? Departments,
    IReadOnlyList<IngestPersonRecord>? People,
    IReadOnlyList<IngestAssignmentRecord>? Assignments,
    IReadOnlyList<IngestGoalRecord>? Goals,
    IReadOnlyList<IngestMetricRecord>? Metrics)
{
    /// <summary>Number of records of every kind.</summary>
    public int RecordCount =>
        (Departments?.Count ?? 0) + (People?.Count ?? 0) + (Assignments?.Count ?? 0) + (Goals?.Count ?? 0) + (Metrics?.Count ?? 0);
}

/// <summary>A department, upserted by id.</summary>
public sealed record IngestDepartmentRecord(string? Id, string? NameEn, string? NameZh, string? ParentId);

/// <summary>
/// A person, upserted by id. <paramref name="Active"/> false (or a <paramref name="LeftOn"/> date) marks a
/// leaver: the person becomes inactive and their open HRBP assignments end.
/// </summary>
public sealed record IngestPersonRecord(
    string? Id,
    string? AadObjectId,
    string? Email,
    string? NameEn,
    string? NameZh,
    IReadOnlyList<string>? Aliases,
    string? JobTitleEn,
    string? JobTitleZh,
    string? DepartmentId,
    string? ManagerId,
    string? PreferredLocale,
    string? TimeZone,
    bool? Active,
    string? LeftOn);

/// <summary>
/// An HRBP assignment. An open assignment (no <paramref name="Until"/>) of an employee to a new HRBP ends the
/// employee's other open assignments on <paramref name="Since"/>: that is a reassignment.
/// </summary>
public sealed record IngestAssignmentRecord(string? EmployeeId, string? HrbpId, string? Since, string? Until);

/// <summary>A goal, upserted by id; the source system is authoritative, so no version check applies.</summary>
public sealed record IngestGoalRecord(
    string? Id,
    string? Level,
    string? ParentId,
    string? DepartmentId,
    string? OwnerPersonId,
    string? TitleEn,
    string? TitleZh,
    string? MetricCode,
    decimal? Target,
    decimal? Progress,
    string? Unit,
    string? PeriodStart,
    string? PeriodEnd,
    decimal? ContributionPercent,
    decimal? Weight);

/// <summary>One metric value of one person and period, upserted by (person, metric, period kind, period start).</summary>
public sealed record IngestMetricRecord(
    string? PersonId,
    string? MetricCode,
    string? Period,
    string? PeriodStart,
    decimal? Value,
    string? Source,
    string? AsOf);
