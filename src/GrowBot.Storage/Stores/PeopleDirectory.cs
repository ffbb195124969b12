using GrowBot.Coaching.People;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>People, departments and HRBP assignments in the GrowBot database.</summary>
internal sealed partial class PeopleDirectory : IPeopleDirectory, IPeopleWriter
{
    private readonly GrowBotDbContextFactory _factory;

    public PeopleDirectory(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<Person?> FindByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        PersonRow? row = await db.People.AsNoTracking()
            .FirstOrDefaultAsync(p => p.TenantId == tenantId && p.AadObjectId == aadObjectId, cancellationToken);
        return row is null ? null : PeopleMapping.ToPerson(row);
    }

    public async Task<Person?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        PersonRow? row = await db.People.AsNoTracking()
            .FirstOrDefaultAsync(p => p.TenantId == tenantId && p.Id == personId, cancellationToken);
        return row is null ? null : PeopleMapping.ToPerson(row);
    }

    public async Task<IReadOnlyList<Person>> SearchAsync(string tenantId, string query, int maxCount, CancellationToken cancellationToken)
    {
        string normalized = PeopleMapping.Normalize(query);
        if (normalized.Length == 0 || maxCount <= 0)
        {
            return [];
        }

        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<PersonRow> candidates = await db.People.AsNoTracking()
            .Where(p => p.TenantId == tenantId && p.IsActive && p.SearchKeys.Contains(normalized))
            .ToListAsync(cancellationToken);

        return candidates
            .Select(row => (Row: row, Rank: Rank(row.SearchKeys, normalized)))
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Row.NameEn, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Row.Id, StringComparer.Ordinal)
            .Take(maxCount)
            .Select(c => PeopleMapping.ToPerson(c.Row))
            .ToList();
    }

    public async Task<Department?> GetDepartmentAsync(string tenantId, string departmentId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        DepartmentRow? row = await db.Departments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.TenantId == tenantId && d.Id == departmentId, cancellationToken);
        return row is null ? null : PeopleMapping.ToDepartment(row);
    }

    /// <summary>
    /// Returns 0 for an exact match of a key, 1 when a key or a word of it starts with the query, and 2 for
    /// any other substring match.
    /// </summary>
    private static int Rank(string searchKeys, string query)
    {
        int best = 2;
        foreach (string key in searchKeys.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (key == query)
            {
                return 0;
            }

            if (key.StartsWith(query, StringComparison.Ordinal) || key.Contains(" " + query, StringComparison.Ordinal))
            {
                best = 1;
            }
        }

        return best;
    }
}
