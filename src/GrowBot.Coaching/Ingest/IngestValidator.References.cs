namespace GrowBot.Coaching.Ingest;

/// <summary>Ids a batch refers to, or ids that exist in the store.</summary>
public sealed record IngestIds(IReadOnlySet<string> People, IReadOnlySet<string> Departments, IReadOnlySet<string> Goals);

public static partial class IngestValidator
{
    /// <summary>Returns every person, department and goal id the batch refers to, for the store to look up.</summary>
    public static IngestIds ReferencedIds(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var people = new HashSet<string>(StringComparer.Ordinal);
        var departments = new HashSet<string>(StringComparer.Ordinal);
        var goals = new HashSet<string>(StringComparer.Ordinal);

        AddAll(departments, batch.Departments.Select(d => d.ParentId));
        AddAll(departments, batch.People.Select(p => p.Person.DepartmentId));
        AddAll(people, batch.People.Select(p => p.Person.ManagerId));
        AddAll(people, batch.Assignments.SelectMany(a => new[] { a.EmployeeId, a.HrbpId }));
        AddAll(goals, batch.Goals.Select(g => g.ParentId));
        AddAll(departments, batch.Goals.Select(g => g.DepartmentId));
        AddAll(people, batch.Goals.Select(g => g.OwnerPersonId));
        AddAll(people, batch.Metrics.Select(m => m.PersonId));
        return new IngestIds(people, departments, goals);
    }

    /// <summary>
    /// Reports every reference that names neither a record of the batch nor a stored row; <paramref name="stored"/>
    /// holds the referenced ids that exist in the store.
    /// </summary>
    public static IReadOnlyList<IngestError> CheckReferences(IngestBatch batch, IngestIds stored)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(stored);

        var people = new HashSet<string>(stored.People, StringComparer.Ordinal);
        people.UnionWith(batch.People.Select(p => p.Person.Id));
        var departments = new HashSet<string>(stored.Departments, StringComparer.Ordinal);
        departments.UnionWith(batch.Departments.Select(d => d.Id));
        var goals = new HashSet<string>(stored.Goals, StringComparer.Ordinal);
        goals.UnionWith(batch.Goals.Select(g => g.Id));

        var errors = new List<IngestError>();
        Check(batch.Departments, IngestSections.Departments, errors, d => [("parentId", d.ParentId, departments, "department")]);
        Check(batch.People, IngestSections.People, errors, p =>
            [("departmentId", p.Person.DepartmentId, departments, "department"), ("managerId", p.Person.ManagerId, people, "person")]);
        Check(batch.Assignments, IngestSections.Assignments, errors, a =>
            [("employeeId", a.EmployeeId, people, "person"), ("hrbpId", a.HrbpId, people, "person")]);
        Check(batch.Goals, IngestSections.Goals, errors, g =>
            [("parentId", g.ParentId, goals, "goal"), ("departmentId", g.DepartmentId, departments, "department"),
             ("ownerPersonId", g.OwnerPersonId, people, "person")]);
        Check(batch.Metrics, IngestSections.Metrics, errors, m => [("personId", m.PersonId, people, "person")]);
        return errors;
    }

    private static void Check<T>(
        IReadOnlyList<T> records, string section, List<IngestError> errors,
        Func<T, (string Field, string? Id, HashSet<string> Known, string Kind)[]> references)
    {
        for (int index = 0; index < records.Count; index++)
        {
            foreach ((string field, string? id, HashSet<string> known, string kind) in references(records[index]))
            {
                if (id is not null && !known.Contains(id))
                {
                    errors.Add(new IngestError(section, index, field, $"{kind} '{id}' is neither in the batch nor stored"));
                }
            }
        }
    }

    private static void AddAll(HashSet<string> set, IEnumerable<string?> ids)
    {
        foreach (string? id in ids)
        {
            if (id is not null)
            {
                set.Add(id);
            }
        }
    }
}
