using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;

namespace GrowBot.Coaching.Preparations;

/// <summary>A role the employee aims at, with the skills it requires and where the requirement comes from.</summary>
/// <param name="OpeningId">The internal opening the requirements come from; null for a role of the built-in catalogue.</param>
public sealed record TargetRole(string TitleEn, string TitleZh, IReadOnlyList<string> RequiredSkills, string? OpeningId);

/// <summary>The gap between a target role and the employee's skills.</summary>
/// <param name="Held">Required skills the employee has at level 3 or above.</param>
/// <param name="Building">Required skills the employee is building (in progress or below level 3).</param>
/// <param name="Missing">Required skills the employee does not have at all.</param>
public sealed record RoleGap(TargetRole Role, IReadOnlyList<string> Held, IReadOnlyList<string> Building, IReadOnlyList<string> Missing);

/// <summary>Resolves a typed role name to its requirements and measures the gap.</summary>
public static class RoleGaps
{
    /// <summary>A skill counts as held from this level on (levels run from 1 to 5).</summary>
    public const int HeldLevel = 3;

    // Generic roles that need no opening. Openings of the tenant match first, because they carry the
    // tenant's own requirements.
    // NOTE: these requirements are the same for every tenant; a tenant cannot change them yet.
    private static readonly TargetRole[] s_builtInRoles =
    [
        new("Manager", "经理", ["people_management", "coaching", "presentation"], null),
        new("Team lead", "组长", ["people_management", "coaching", "time_management"], null),
        new("Analyst", "分析师", ["data_analysis", "sql", "presentation"], null),
        new("Architect", "架构师", ["cloud_architecture", "csharp", "presentation"], null),
        new("Product manager", "产品经理", ["product_management", "ux_research", "data_analysis"], null),
    ];

    /// <summary>
    /// Finds the role whose English or Chinese title equals the text, else the first whose title contains the text
    /// or is contained in it. Open positions come before the built-in roles (manager, team lead, analyst,
    /// architect, product manager). Returns null when none matches.
    /// </summary>
    public static TargetRole? Resolve(string? text, IReadOnlyList<InternalOpening> openings)
    {
        string query = (text ?? string.Empty).Trim();
        if (query.Length == 0)
        {
            return null;
        }

        IEnumerable<TargetRole> fromOpenings = openings.Where(o => o.IsOpen)
            .Select(o => new TargetRole(o.TitleEn, o.TitleZh, o.RequiredSkills, o.Id));
        List<TargetRole> candidates = [.. fromOpenings, .. s_builtInRoles];
        return candidates.FirstOrDefault(r => r.TitleEn.Equals(query, StringComparison.OrdinalIgnoreCase) || r.TitleZh == query)
            ?? candidates.FirstOrDefault(r => Matches(r, query));
    }

    public static RoleGap Measure(TargetRole role, IReadOnlyList<PersonSkill> skills)
    {
        ArgumentNullException.ThrowIfNull(role);
        Dictionary<string, PersonSkill> bySkill = skills.GroupBy(s => s.Skill).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Level)!);
        List<string> held = [], building = [], missing = [];
        foreach (string required in role.RequiredSkills)
        {
            if (!bySkill.TryGetValue(required, out PersonSkill? skill))
            {
                missing.Add(required);
            }
            else if (skill.Level >= HeldLevel && !skill.InProgress)
            {
                held.Add(required);
            }
            else
            {
                building.Add(required);
            }
        }

        return new RoleGap(role, held, building, missing);
    }

    private static bool Matches(TargetRole role, string query) =>
        role.TitleEn.Contains(query, StringComparison.OrdinalIgnoreCase)
        || role.TitleZh.Contains(query, StringComparison.Ordinal)
        || query.Contains(role.TitleEn, StringComparison.OrdinalIgnoreCase)
        || query.Contains(role.TitleZh, StringComparison.Ordinal);
}
