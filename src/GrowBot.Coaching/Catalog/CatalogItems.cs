namespace GrowBot.Coaching.Catalog;

/// <summary>A course of the tenant's learning catalogue.</summary>
/// <param name="Language">Language of instruction as a BCP 47 tag (zh-CN, en-US).</param>
public sealed record Course(
    string TenantId,
    string Id,
    string TitleEn,
    string TitleZh,
    IReadOnlyList<string> Skills,
    string Language,
    decimal Hours,
    string Provider);

/// <summary>A person who offers mentoring in some skills, with how many mentees they can take.</summary>
public sealed record Mentor(
    string TenantId,
    string PersonId,
    IReadOnlyList<string> Skills,
    int Capacity,
    int ActiveMentees,
    long Version = 0)
{
    public bool HasCapacity => ActiveMentees < Capacity;
}

/// <summary>Kind of a development project.</summary>
public enum ProjectKind
{
    CrossTeam,
    NewMarket,
    Internal,
}

/// <summary>A project open to people from other teams, with the skills it builds.</summary>
public sealed record DevelopmentProject(
    string TenantId,
    string Id,
    string NameEn,
    string NameZh,
    ProjectKind Kind,
    string OwnerDepartmentId,
    IReadOnlyList<string> Skills,
    int OpenSeats);

/// <summary>An internal job opening with the skills it requires.</summary>
public sealed record InternalOpening(
    string TenantId,
    string Id,
    string TitleEn,
    string TitleZh,
    string DepartmentId,
    IReadOnlyList<string> RequiredSkills,
    bool IsOpen = true);

/// <summary>Read access to courses, mentors, projects and openings of a tenant.</summary>
public interface ICatalogStore
{
    Task<IReadOnlyList<Course>> ListCoursesAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Mentor>> ListMentorsAsync(string tenantId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DevelopmentProject>> ListProjectsAsync(string tenantId, CancellationToken cancellationToken);

    /// <summary>Returns the openings that are still open.</summary>
    Task<IReadOnlyList<InternalOpening>> ListOpeningsAsync(string tenantId, CancellationToken cancellationToken);
}
