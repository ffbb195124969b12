using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    public const string CompanyRevenueGoalId = "g-company-revenue";
    public const string CompanySatisfactionGoalId = "g-company-satisfaction";

    private sealed record TeamGoalSpec(string DepartmentId, string ParentId, string TitleEn, string TitleZh, string? MetricCode, decimal Target, string Unit);

    private static readonly IReadOnlyList<TeamGoalSpec> _teamGoals =
    [
        new(DepartmentSales, CompanyRevenueGoalId, "Sales revenue of 30,000 (10k CNY)", "销售额 30,000 万元", KpiCodes.SalesAmount, 30_000m, "10k CNY"),
        new(DepartmentWealth, CompanyRevenueGoalId, "Assets under management of 4,500 million CNY", "管理资产规模 45 亿元", KpiCodes.AssetsUnderManagement, 4_500m, "million CNY"),
        new(DepartmentRetail, CompanyRevenueGoalId, "Store sales of 18,000 (10k CNY)", "门店销售额 18,000 万元", KpiCodes.StoreSales, 18_000m, "10k CNY"),
        new(DepartmentRnd, CompanySatisfactionGoalId, "On-time delivery of 95 %", "按时交付率 95%", KpiCodes.DeliveryOnTime, 95m, "%"),
        new(DepartmentProduct, CompanySatisfactionGoalId, "Feature adoption of 50 %", "功能采用率 50%", KpiCodes.FeatureAdoption, 50m, "%"),
        new(DepartmentManufacturing, CompanySatisfactionGoalId, "First-pass yield of 98.5 %", "一次合格率 98.5%", KpiCodes.YieldRate, 98.5m, "%"),
    ];

    /// <summary>Two company objectives, one team goal per business department and one personal goal per team member, for the current half-year.</summary>
    private static List<Goal> BuildGoals(string tenantId, DateOnly today)
    {
        DateOnly start = PeriodMath.StartOf(today, PeriodKind.HalfYear);
        DateOnly end = PeriodMath.End(start, PeriodKind.HalfYear).AddDays(-1);
        decimal elapsed = (decimal)(today.DayNumber - start.DayNumber) / (end.DayNumber - start.DayNumber + 1);

        var goals = new List<Goal>
        {
            new(tenantId, CompanyRevenueGoalId, GoalLevel.Company, null, DepartmentExecutive, "e-zhouming",
                "Grow revenue by 20 %", "营收增长 20%", null, 20m, Math.Round(20m * elapsed * 0.9m, 1), "%", start, end, 100m, 60m),
            new(tenantId, CompanySatisfactionGoalId, GoalLevel.Company, null, DepartmentExecutive, "e-zhouming",
                "Customer satisfaction of 90 %", "客户满意度 90%", MetricCodes.CustomerSatisfaction, 90m, 86m, "%", start, end, 100m, 40m),
        };

        foreach (TeamGoalSpec spec in _teamGoals)
        {
            List<RosterEntry> members = Roster.Where(r => r.DepartmentId == spec.DepartmentId).ToList();
            string teamGoalId = "g-team-" + spec.DepartmentId[2..];
            bool isAmount = spec.Unit != "%";
            goals.Add(new Goal(tenantId, teamGoalId, GoalLevel.Team, spec.ParentId, spec.DepartmentId, members[0].Id,
                spec.TitleEn, spec.TitleZh, spec.MetricCode, spec.Target, Math.Round(spec.Target * (isAmount ? elapsed : 0.95m), 1),
                spec.Unit, start, end, Math.Round(100m / 3m, 1), 100m));
            goals.AddRange(PersonalGoals(tenantId, spec, teamGoalId, members.Skip(1).ToList(), start, end, elapsed));
        }

        return goals;
    }

    /// <summary>
    /// Splits an amount target over the members, with Zhang Wei carrying 20 % of the sales target. A
    /// percentage target is the same for everyone, and each member contributes an equal share.
    /// </summary>
    private static IEnumerable<Goal> PersonalGoals(string tenantId, TeamGoalSpec spec, string teamGoalId, List<RosterEntry> members, DateOnly start, DateOnly end, decimal elapsed)
    {
        bool isAmount = spec.Unit != "%";
        for (int i = 0; i < members.Count; i++)
        {
            RosterEntry member = members[i];
            decimal share = ContributionShare(member.Id, members);
            decimal target = isAmount ? Math.Round(spec.Target * share / 100m, 0) : spec.Target;
            decimal progress = Math.Round(target * (isAmount ? elapsed * (0.8m + 0.05m * (i % 5)) : 0.96m), 1);
            yield return new Goal(tenantId, "g-" + member.Id, GoalLevel.Personal, teamGoalId, spec.DepartmentId, member.Id,
                spec.TitleEn.Split(" of ")[0] + " (personal)", spec.TitleZh.Split(' ')[0] + "（个人）", spec.MetricCode,
                target, progress, spec.Unit, start, end, share, 100m);
        }
    }

    /// <summary>Zhang Wei carries 20 % of the sales target and the others split the rest; elsewhere members share equally.</summary>
    private static decimal ContributionShare(string personId, List<RosterEntry> members)
    {
        if (members.All(m => m.Id != "e-zhangwei"))
        {
            return Math.Round(100m / members.Count, 1);
        }

        return personId == "e-zhangwei" ? 20m : Math.Round(80m / (members.Count - 1), 1);
    }
}
