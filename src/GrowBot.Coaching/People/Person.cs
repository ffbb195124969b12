namespace GrowBot.Coaching.People;

/// <summary>A person of a tenant's organisation, with both a Chinese and an English display name.</summary>
public sealed record Person(
    string TenantId,
    string Id,
    string? AadObjectId,
    string? Email,
    string NameEn,
    string NameZh,
    IReadOnlyList<string> Aliases,
    string JobTitleEn,
    string JobTitleZh,
    string DepartmentId,
    string? ManagerId,
    string? PreferredLocale,
    string? TimeZone,
    bool IsActive = true)
{
    /// <summary>The display name for a locale: Chinese for zh-CN, English otherwise.</summary>
    public string DisplayName(string locale) => locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? NameZh : NameEn;
}

/// <summary>What a person may do in GrowBot. Derived from data (assignments, management line, tenant admins), never from a client.</summary>
[Flags]
public enum UserRoles
{
    None = 0,
    Employee = 1,
    Manager = 2,
    Hrbp = 4,
    Admin = 8,
}

/// <summary>A department, with names in both languages.</summary>
public sealed record Department(string TenantId, string Id, string NameEn, string NameZh, string? ParentId);
