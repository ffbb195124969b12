using GrowBot.Coaching.People;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Coaching.Demo;

/// <summary>
/// Builds the bilingual demo company in code. The output depends only on the tenant id and on "today",
/// which comes from the clock: series end with the latest complete month, quarter and half-year before
/// today, and the noise of unnamed employees comes from a fixed random seed.
/// </summary>
public static partial class DemoCompany
{
    private const int RandomSeed = 20_260_401;

    /// <summary>Builds every row of the demo company for the tenant, anchored at the clock's current UTC date.</summary>
    public static DemoDataSet Build(string tenantId, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(clock);

        DateOnly today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var random = new Random(RandomSeed);

        List<Department> departments = DepartmentNames
            .Select(d => new Department(tenantId, d.Id, d.NameEn, d.NameZh, d.Id == DepartmentExecutive ? null : DepartmentExecutive))
            .ToList();
        List<Person> people = Roster.Select(r => ToPerson(tenantId, r)).ToList();
        DateOnly since = today.AddYears(-1);
        List<HrbpAssignment> assignments = Roster
            .Where(r => HrbpOf(r.DepartmentId) is not null)
            .Select(r => new HrbpAssignment(tenantId, HrbpOf(r.DepartmentId)!, r.Id, since))
            .ToList();
        var settings = new TenantSettings(tenantId, "zh-CN", new SignalThresholds(), [DemoPersonas.AadObjectIdFor(HrbpLiJuan)]);

        return new DemoDataSet(
            tenantId, today, settings, departments, people, assignments,
            BuildMetrics(random, today),
            BuildGoals(tenantId, today),
            BuildCourses(tenantId),
            BuildEnrolments(tenantId, random, today),
            BuildMentors(tenantId),
            BuildProjects(tenantId),
            BuildOpenings(tenantId),
            BuildSkills(tenantId, random),
            BuildFeedback(tenantId, random, today));
    }

    /// <summary>People of the business departments, the ones who carry metrics.</summary>
    internal static IEnumerable<RosterEntry> Employees => Roster.Where(r => HrbpOf(r.DepartmentId) is not null);

    internal static bool IsCustomerFacing(string departmentId) =>
        departmentId is DepartmentSales or DepartmentRetail or DepartmentWealth;
}
