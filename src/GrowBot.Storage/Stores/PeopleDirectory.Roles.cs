using GrowBot.Coaching.People;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed partial class PeopleDirectory
{
    /// <summary>
    /// Derives roles from data: an existing person is an employee, a manager when someone reports to them,
    /// an HRBP with an active assignment, and an admin when the tenant settings list their Entra object id.
    /// </summary>
    public async Task<UserRoles> GetRolesAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        PersonRow? person = await db.People.AsNoTracking()
            .FirstOrDefaultAsync(p => p.TenantId == tenantId && p.Id == personId && p.IsActive, cancellationToken);
        if (person is null)
        {
            return UserRoles.None;
        }

        UserRoles roles = UserRoles.Employee;
        if (await db.People.AnyAsync(p => p.TenantId == tenantId && p.ManagerId == personId && p.IsActive, cancellationToken))
        {
            roles |= UserRoles.Manager;
        }

        if (await db.HrbpAssignments.AnyAsync(a => a.TenantId == tenantId && a.HrbpId == personId && a.Until == null, cancellationToken))
        {
            roles |= UserRoles.Hrbp;
        }

        TenantSettingsRow? settings = await db.TenantSettings.AsNoTracking()
            .FirstOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        if (person.AadObjectId is not null && settings is not null
            && StringList.FromJson(settings.AdminAadObjectIdsJson).Contains(person.AadObjectId, StringComparer.OrdinalIgnoreCase))
        {
            roles |= UserRoles.Admin;
        }

        return roles;
    }

    public async Task<bool> IsAssignedAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        return await db.HrbpAssignments.AnyAsync(
            a => a.TenantId == tenantId && a.HrbpId == hrbpId && a.EmployeeId == employeeId && a.Until == null,
            cancellationToken);
    }

    public async Task<IReadOnlyList<Person>> ListAssignedAsync(string tenantId, string hrbpId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<PersonRow> rows = await db.People.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.IsActive
                && db.HrbpAssignments.Any(a => a.TenantId == tenantId && a.HrbpId == hrbpId && a.EmployeeId == p.Id && a.Until == null))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.NameEn, StringComparer.OrdinalIgnoreCase).Select(PeopleMapping.ToPerson).ToList();
    }

    public async Task UpsertAsync(string tenantId, IReadOnlyList<Department> departments, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        Validate(tenantId, departments.Select(d => (d.TenantId, d.Id)), "department");
        Validate(tenantId, people.Select(p => (p.TenantId, p.Id)), "person");

        await using GrowBotDbContext db = _factory.CreateDbContext();
        var departmentIds = departments.Select(d => d.Id).ToList();
        var personIds = people.Select(p => p.Id).ToList();
        var existingDepartments = await db.Departments
            .Where(d => d.TenantId == tenantId && departmentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        var existingPeople = await db.People
            .Where(p => p.TenantId == tenantId && personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        foreach (Department department in departments)
        {
            Upsert(db, existingDepartments.GetValueOrDefault(department.Id), PeopleMapping.ToRow(department));
        }

        foreach (Person person in people)
        {
            Upsert(db, existingPeople.GetValueOrDefault(person.Id), PeopleMapping.ToRow(person));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task SaveAssignmentAsync(HrbpAssignment assignment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        await using GrowBotDbContext db = _factory.CreateDbContext();
        HrbpAssignmentRow? existing = await db.HrbpAssignments.FirstOrDefaultAsync(
            a => a.TenantId == assignment.TenantId && a.HrbpId == assignment.HrbpId && a.EmployeeId == assignment.EmployeeId,
            cancellationToken);
        var row = new HrbpAssignmentRow
        {
            TenantId = assignment.TenantId,
            HrbpId = assignment.HrbpId,
            EmployeeId = assignment.EmployeeId,
            Since = assignment.Since,
            Until = assignment.Until,
        };
        Upsert(db, existing, row);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Upsert<TRow>(GrowBotDbContext db, TRow? existing, TRow row)
        where TRow : class
    {
        if (existing is null)
        {
            db.Add(row);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(row);
        }
    }

    private static void Validate(string tenantId, IEnumerable<(string TenantId, string Id)> rows, string kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string rowTenant, string id) in rows)
        {
            if (rowTenant != tenantId)
            {
                throw new ArgumentException($"The {kind} '{id}' belongs to tenant '{rowTenant}', not to '{tenantId}'. Nothing was written.");
            }

            if (string.IsNullOrWhiteSpace(id) || !seen.Add(id))
            {
                throw new ArgumentException($"A {kind} id is empty or occurs twice ('{id}'). Nothing was written.");
            }
        }
    }
}
