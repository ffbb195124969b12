using GrowBot.Coaching.People;
using GrowBot.Storage.Entities;

namespace GrowBot.Storage.Stores;

internal static class PeopleMapping
{
    public static Person ToPerson(PersonRow row) => new(
        row.TenantId, row.Id, row.AadObjectId, row.Email, row.NameEn, row.NameZh, StringList.FromJson(row.AliasesJson),
        row.JobTitleEn, row.JobTitleZh, row.DepartmentId, row.ManagerId, row.PreferredLocale, row.TimeZone, row.IsActive);

    public static PersonRow ToRow(Person person) => new()
    {
        TenantId = person.TenantId,
        Id = person.Id,
        AadObjectId = person.AadObjectId,
        Email = person.Email,
        NameEn = person.NameEn,
        NameZh = person.NameZh,
        AliasesJson = StringList.ToJson(person.Aliases),
        JobTitleEn = person.JobTitleEn,
        JobTitleZh = person.JobTitleZh,
        DepartmentId = person.DepartmentId,
        ManagerId = person.ManagerId,
        PreferredLocale = person.PreferredLocale,
        TimeZone = person.TimeZone,
        IsActive = person.IsActive,
        SearchKeys = "\n" + string.Join("\n", SearchKeys(person)) + "\n",
    };

    public static Department ToDepartment(DepartmentRow row) => new(row.TenantId, row.Id, row.NameEn, row.NameZh, row.ParentId);

    public static DepartmentRow ToRow(Department department) => new()
    {
        TenantId = department.TenantId,
        Id = department.Id,
        NameEn = department.NameEn,
        NameZh = department.NameZh,
        ParentId = department.ParentId,
    };

    /// <summary>
    /// Returns the lower-case keys a person is found by: both names, the English name in both orders and
    /// without a space (Zhang Wei, Wei Zhang, zhangwei), the aliases, the e-mail and its local part.
    /// </summary>
    public static IReadOnlyList<string> SearchKeys(Person person)
    {
        var keys = new List<string> { person.NameZh, person.NameEn };
        string[] englishParts = person.NameEn.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (englishParts.Length > 1)
        {
            keys.Add(string.Join(' ', englishParts.Reverse()));
            keys.Add(string.Concat(englishParts));
        }

        keys.AddRange(person.Aliases);
        if (!string.IsNullOrWhiteSpace(person.Email))
        {
            keys.Add(person.Email);
            keys.Add(person.Email.Split('@')[0]);
        }

        return keys
            .Select(Normalize)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Lower-cases (invariant) and trims a name or query; line feeds cannot occur in a key.</summary>
    public static string Normalize(string value) => value.Replace('\n', ' ').Trim().ToLowerInvariant();
}
