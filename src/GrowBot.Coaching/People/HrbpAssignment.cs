namespace GrowBot.Coaching.People;

/// <summary>An HRBP's responsibility for an employee from <see cref="Since"/> until <see cref="Until"/> (open when null).</summary>
public sealed record HrbpAssignment(string TenantId, string HrbpId, string EmployeeId, DateOnly Since, DateOnly? Until = null)
{
    public bool IsActive => Until is null;
}

/// <summary>Writes people, departments and HRBP assignments. Each call writes one tenant's rows atomically.</summary>
public interface IPeopleWriter
{
    /// <summary>Inserts or replaces the departments and people. The whole batch is validated before anything is written.</summary>
    /// <exception cref="ArgumentException">A row belongs to another tenant or has an empty id.</exception>
    Task UpsertAsync(string tenantId, IReadOnlyList<Department> departments, IReadOnlyList<Person> people, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the assignment of (HRBP, employee).</summary>
    Task SaveAssignmentAsync(HrbpAssignment assignment, CancellationToken cancellationToken);
}
