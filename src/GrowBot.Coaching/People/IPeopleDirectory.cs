namespace GrowBot.Coaching.People;

/// <summary>Read access to a tenant's people, departments and HRBP assignments. Every call is scoped by tenant.</summary>
public interface IPeopleDirectory
{
    Task<Person?> FindByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    Task<Person?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken);

    /// <summary>
    /// Finds active people whose English or Chinese name, alias or e-mail matches the query
    /// (case-insensitive; exact matches first, then prefix and substring matches).
    /// </summary>
    Task<IReadOnlyList<Person>> SearchAsync(string tenantId, string query, int maxCount, CancellationToken cancellationToken);

    Task<Department?> GetDepartmentAsync(string tenantId, string departmentId, CancellationToken cancellationToken);

    Task<UserRoles> GetRolesAsync(string tenantId, string personId, CancellationToken cancellationToken);

    /// <summary>True when the employee is currently assigned to the HRBP.</summary>
    Task<bool> IsAssignedAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Person>> ListAssignedAsync(string tenantId, string hrbpId, CancellationToken cancellationToken);
}
