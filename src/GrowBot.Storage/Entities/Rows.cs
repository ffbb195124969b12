using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Storage.Entities;

// Rows are the stored shape of the domain records. Lists are stored as JSON text (see StringList), so every
// row stays one flat document, which is also the shape of a Cosmos DB item.

/// <summary>A row whose updates are checked against a version number (the ETag of the row).</summary>
internal interface IVersionedRow
{
    long Version { get; set; }
}

internal sealed class DepartmentRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
    public string? ParentId { get; set; }
}

internal sealed class PersonRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public string? AadObjectId { get; set; }
    public string? Email { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
    public required string AliasesJson { get; set; }
    public required string JobTitleEn { get; set; }
    public required string JobTitleZh { get; set; }
    public required string DepartmentId { get; set; }
    public string? ManagerId { get; set; }
    public string? PreferredLocale { get; set; }
    public string? TimeZone { get; set; }
    public bool IsActive { get; set; }

    /// <summary>Lower-case names, aliases and e-mail, each between line feeds, for substring search.</summary>
    public required string SearchKeys { get; set; }
}

internal sealed class HrbpAssignmentRow
{
    public required string TenantId { get; set; }
    public required string HrbpId { get; set; }
    public required string EmployeeId { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? Until { get; set; }
}

internal sealed class MetricPointRow
{
    public required string TenantId { get; set; }
    public required string PersonId { get; set; }
    public required string MetricCode { get; set; }
    public DateOnly PeriodStart { get; set; }
    public PeriodKind Period { get; set; }
    public decimal Value { get; set; }
    public required string Source { get; set; }
    public DateTimeOffset AsOf { get; set; }
}

internal sealed class AuditRecordRow
{
    public required string TenantId { get; set; }
    public Guid Id { get; set; }
    public required string ActorId { get; set; }
    public required string SubjectId { get; set; }
    public required string Action { get; set; }
    public required string SectionsJson { get; set; }
    public DateTimeOffset At { get; set; }
}

internal sealed class TenantSettingsRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string DefaultLocale { get; set; }
    public int RatingDeclineQuarters { get; set; }
    public decimal TrainingDropPoints { get; set; }
    public decimal OvertimeRisePercent { get; set; }
    public decimal OvertimeMinimumHours { get; set; }
    public decimal ComplaintRisePercent { get; set; }
    public decimal GoalCompletionDropPoints { get; set; }
    public required string AdminAadObjectIdsJson { get; set; }
    public bool AttritionScoreEnabled { get; set; }
    public long Version { get; set; }
}

internal sealed class GoalRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public GoalLevel Level { get; set; }
    public string? ParentId { get; set; }
    public string? DepartmentId { get; set; }
    public string? OwnerPersonId { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleZh { get; set; }
    public string? MetricCode { get; set; }
    public decimal Target { get; set; }
    public decimal Progress { get; set; }
    public required string Unit { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public decimal ContributionPercent { get; set; }
    public decimal Weight { get; set; }
    public long Version { get; set; }
}

internal sealed class CourseRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleZh { get; set; }
    public required string SkillsJson { get; set; }
    public required string Language { get; set; }
    public decimal Hours { get; set; }
    public required string Provider { get; set; }
}

internal sealed class CourseEnrolmentRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string PersonId { get; set; }
    public required string CourseId { get; set; }
    public DateOnly EnrolledOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public EnrolmentStatus Status { get; set; }
    public long Version { get; set; }
}

internal sealed class MentorRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string PersonId { get; set; }
    public required string SkillsJson { get; set; }
    public int Capacity { get; set; }
    public int ActiveMentees { get; set; }
    public long Version { get; set; }
}

internal sealed class ProjectRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string NameEn { get; set; }
    public required string NameZh { get; set; }
    public ProjectKind Kind { get; set; }
    public required string OwnerDepartmentId { get; set; }
    public required string SkillsJson { get; set; }
    public int OpenSeats { get; set; }
}

internal sealed class OpeningRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleZh { get; set; }
    public required string DepartmentId { get; set; }
    public required string RequiredSkillsJson { get; set; }
    public bool IsOpen { get; set; }
}

internal sealed class PersonSkillRow
{
    public required string TenantId { get; set; }
    public required string PersonId { get; set; }
    public required string Skill { get; set; }
    public int Level { get; set; }
    public bool InProgress { get; set; }
}

internal sealed class FeedbackRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string PersonId { get; set; }
    public FeedbackKind Kind { get; set; }
    public required string TextEn { get; set; }
    public required string TextZh { get; set; }
    public DateOnly Date { get; set; }
    public required string Source { get; set; }
}

internal sealed class QueuedActivityRow
{
    public required string TenantId { get; set; }
    public Guid Id { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public required byte[] Payload { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public int Attempts { get; set; }
}

internal sealed class DedupeKeyRow
{
    public required string TenantId { get; set; }
    public required string ConversationId { get; set; }
    public required string ActivityId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ConversationReferenceRow
{
    public required string TenantId { get; set; }
    public required string UserId { get; set; }
    public required string ConversationId { get; set; }
    public string? AadObjectId { get; set; }
    public required string ConversationType { get; set; }
    public required string ServiceUrl { get; set; }

    /// <summary>The service URL in lower case without a trailing slash, for comparisons.</summary>
    public required string ServiceUrlKey { get; set; }
    public required string BotId { get; set; }
    public required string ChannelId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsStale { get; set; }
    public string? StaleReason { get; set; }
}

internal sealed class WelcomeRecordRow
{
    public required string TenantId { get; set; }
    public required string ConversationId { get; set; }
    public required string MemberId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class PreparationRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string HrbpId { get; set; }
    public required string EmployeeId { get; set; }
    public required string Stage { get; set; }

    /// <summary>The HRBP's notes per stage as a JSON object keyed by stage name, encrypted and Base64-encoded (see <c>PreparationNotesCodec</c>).</summary>
    public required string NotesJson { get; set; }
    public decimal? TargetPercent { get; set; }
    public string? TargetRole { get; set; }

    /// <summary>The recorded option requests as a JSON array.</summary>
    public required string RequestsJson { get; set; }
    public DateTimeOffset? CheckInRequestedAt { get; set; }

    /// <summary>The employee's check-in answer as a JSON object, or null.</summary>
    public string? CheckInJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>True while <see cref="CompletedAt"/> is null; indexed so that the open preparation is found fast.</summary>
    public bool IsOpen { get; set; }
    public long Version { get; set; }
}

internal sealed class ActionItemRow : IVersionedRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public string? PreparationId { get; set; }
    public required string HrbpId { get; set; }
    public required string EmployeeId { get; set; }
    public required string Title { get; set; }
    public required string OwnerPersonId { get; set; }
    public DateOnly DueOn { get; set; }
    public required string MilestonesJson { get; set; }
    public required string Cadence { get; set; }
    public string? LinkedResource { get; set; }
    public string? MetricCode { get; set; }
    public required string Status { get; set; }
    public int Progress { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public long Version { get; set; }
}
