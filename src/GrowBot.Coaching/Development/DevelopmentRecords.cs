namespace GrowBot.Coaching.Development;

/// <summary>A skill a person has or is building, with a level from 1 (basic) to 5 (expert).</summary>
public sealed record PersonSkill(string TenantId, string PersonId, string Skill, int Level, bool InProgress);

/// <summary>State of a course enrolment.</summary>
public enum EnrolmentStatus
{
    Enrolled,
    Completed,
    Withdrawn,
}

/// <summary>A person's enrolment in a course; completed when <see cref="CompletedOn"/> is set.</summary>
public sealed record CourseEnrolment(
    string TenantId,
    string Id,
    string PersonId,
    string CourseId,
    DateOnly EnrolledOn,
    DateOnly? CompletedOn,
    EnrolmentStatus Status,
    long Version = 0);

/// <summary>Who gave a piece of feedback.</summary>
public enum FeedbackKind
{
    Peer,
    Customer,
}

/// <summary>Peer or customer feedback about a person, in both languages.</summary>
/// <param name="Source">The system the feedback came from, for example <c>crm</c> or <c>hris-360</c>.</param>
public sealed record FeedbackItem(
    string TenantId,
    string Id,
    string PersonId,
    FeedbackKind Kind,
    string TextEn,
    string TextZh,
    DateOnly Date,
    string Source);

/// <summary>Skills, enrolments and feedback of a tenant's people.</summary>
public interface IDevelopmentStore
{
    Task<IReadOnlyList<PersonSkill>> ListSkillsAsync(string tenantId, string personId, CancellationToken cancellationToken);

    Task<IReadOnlyList<CourseEnrolment>> ListEnrolmentsAsync(string tenantId, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts the enrolment when its version is 0, else replaces it when the stored version still
    /// equals <see cref="CourseEnrolment.Version"/>. Returns the enrolment with its new version.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The stored enrolment has another version, or one with this id exists already.</exception>
    Task<CourseEnrolment> SaveEnrolmentAsync(CourseEnrolment enrolment, CancellationToken cancellationToken);

    /// <summary>Returns feedback about the person dated on or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<FeedbackItem>> ListFeedbackAsync(string tenantId, string personId, DateOnly since, CancellationToken cancellationToken);
}
