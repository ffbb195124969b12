using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Demo;

public static partial class DemoCompany
{
    /// <summary>Metric codes of role KPIs and of the CRM, ERP and project-management figures in the demo.</summary>
    public static class KpiCodes
    {
        public const string SalesAmount = "sales_amount";               // quarterly, 10k CNY
        public const string DealsWon = "deals_won";                     // quarterly, count
        public const string WinRate = "win_rate";                       // quarterly, percent
        public const string CodeQuality = "code_quality";               // quarterly, score 0–100
        public const string DeliveryOnTime = "delivery_on_time";        // quarterly, percent
        public const string StoreSales = "store_sales";                 // quarterly, 10k CNY
        public const string StoreConversion = "store_conversion";       // quarterly, percent
        public const string AssetsUnderManagement = "aum";              // quarterly, million CNY
        public const string YieldRate = "yield_rate";                   // quarterly, percent
        public const string FeatureAdoption = "feature_adoption";       // quarterly, percent
        public const string ProjectCostVsBudget = "project_cost_vs_budget"; // quarterly, percent of budget
        public const string Utilisation = "utilisation";               // monthly, percent
        public const string CollaborationScore = "collaboration_score"; // quarterly, score 0–100
    }

    private static List<PersonMetricPoint> BuildMetrics(Random random, DateOnly today)
    {
        var calendar = new DemoCalendar(today);
        var points = new List<PersonMetricPoint>();
        foreach (RosterEntry person in Employees)
        {
            var writer = new SeriesWriter(points, person.Id, calendar);
            AddCoreMetrics(writer, random, person);
            AddRoleMetrics(writer, random, person.DepartmentId);
        }

        ApplyPersonaOverrides(points, calendar);
        return points;
    }

    /// <summary>Rating, overtime, training, goal completion and complaints, shaped so that unnamed people raise no signal.</summary>
    private static void AddCoreMetrics(SeriesWriter writer, Random random, RosterEntry person)
    {
        decimal[] rating = Noisy(random, 8, Between(random, 3.0, 4.3), 0.2, 1);
        rating[^1] = Math.Max(rating[^1], rating[^2]);
        writer.Quarterly(MetricCodes.Rating, "hris", Clamp(rating, 1m, 5m));

        decimal[] overtime = Noisy(random, 12, Between(random, 4, 18), 3, 0);
        overtime[^1] = Math.Min(overtime[^1], Math.Floor(overtime[^2] * 1.1m));
        writer.Monthly(MetricCodes.OvertimeHours, "hris", Clamp(overtime, 0m, 80m));

        decimal[] training = Noisy(random, 4, Between(random, 60, 92), 6, 0);
        training[^1] = Math.Max(training[^1], training[^2] - 8m);
        writer.HalfYearly(MetricCodes.TrainingParticipation, "hris", Clamp(training, 0m, 100m));

        decimal[] goals = Noisy(random, 4, Between(random, 78, 95), 5, 0);
        goals[^1] = Math.Max(goals[^1], goals[^2] - 6m);
        writer.HalfYearly(MetricCodes.GoalCompletion, "hris", Clamp(goals, 0m, 100m));

        writer.Monthly(MetricCodes.ConcurrentProjects, "pm", Clamp(Noisy(random, 12, Between(random, 1, 4), 1, 0), 1m, 6m));
        writer.Quarterly(KpiCodes.CollaborationScore, "pm", Clamp(Noisy(random, 8, Between(random, 65, 90), 4, 0), 0m, 100m));

        if (IsCustomerFacing(person.DepartmentId))
        {
            decimal[] complaints = Noisy(random, 8, Between(random, 0.8, 2.5), 0.2, 2);
            complaints[^1] = Math.Min(complaints[^1], complaints[^2]);
            writer.Quarterly(MetricCodes.ComplaintRate, "crm", Clamp(complaints, 0m, 10m));
            writer.Quarterly(MetricCodes.CustomerSatisfaction, "crm", Clamp(Noisy(random, 8, Between(random, 80, 94), 3, 0), 0m, 100m));
        }
    }

    private static void AddRoleMetrics(SeriesWriter writer, Random random, string departmentId)
    {
        switch (departmentId)
        {
            case DepartmentSales:
                writer.Quarterly(KpiCodes.SalesAmount, "crm", Clamp(Noisy(random, 8, Between(random, 600, 1500), 150, 0), 0m, 5000m));
                writer.Quarterly(KpiCodes.DealsWon, "crm", Clamp(Noisy(random, 8, Between(random, 6, 14), 2, 0), 0m, 50m));
                writer.Quarterly(KpiCodes.WinRate, "crm", Clamp(Noisy(random, 8, Between(random, 25, 45), 4, 0), 0m, 100m));
                break;
            case DepartmentWealth:
                writer.Quarterly(KpiCodes.AssetsUnderManagement, "crm", Clamp(Noisy(random, 8, Between(random, 80, 300), 15, 0), 0m, 1000m));
                writer.Quarterly(KpiCodes.WinRate, "crm", Clamp(Noisy(random, 8, Between(random, 20, 40), 4, 0), 0m, 100m));
                break;
            case DepartmentRetail:
                writer.Quarterly(KpiCodes.StoreSales, "erp", Clamp(Noisy(random, 8, Between(random, 300, 900), 60, 0), 0m, 5000m));
                writer.Quarterly(KpiCodes.StoreConversion, "erp", Clamp(Noisy(random, 8, Between(random, 12, 28), 2, 1), 0m, 100m));
                break;
            case DepartmentRnd:
                writer.Quarterly(KpiCodes.CodeQuality, "pm", Clamp(Noisy(random, 8, Between(random, 70, 92), 4, 0), 0m, 100m));
                writer.Quarterly(KpiCodes.DeliveryOnTime, "pm", Clamp(Noisy(random, 8, Between(random, 75, 95), 5, 0), 0m, 100m));
                AddErpMetrics(writer, random);
                break;
            case DepartmentProduct:
                writer.Quarterly(KpiCodes.FeatureAdoption, "pm", Clamp(Noisy(random, 8, Between(random, 20, 60), 5, 0), 0m, 100m));
                AddErpMetrics(writer, random);
                break;
            case DepartmentManufacturing:
                writer.Quarterly(KpiCodes.YieldRate, "erp", Clamp(Noisy(random, 8, Between(random, 95, 99), 0.6, 1), 0m, 100m));
                AddErpMetrics(writer, random);
                break;
        }
    }

    private static void AddErpMetrics(SeriesWriter writer, Random random)
    {
        writer.Quarterly(KpiCodes.ProjectCostVsBudget, "erp", Clamp(Noisy(random, 8, Between(random, 88, 108), 5, 0), 0m, 200m));
        writer.Monthly(KpiCodes.Utilisation, "erp", Clamp(Noisy(random, 12, Between(random, 70, 92), 5, 0), 0m, 100m));
    }

    private static decimal Between(Random random, double min, double max) => (decimal)(min + random.NextDouble() * (max - min));

    /// <summary>Returns <paramref name="count"/> values around <paramref name="center"/> with uniform noise of ± <paramref name="spread"/>.</summary>
    private static decimal[] Noisy(Random random, int count, decimal center, double spread, int decimals)
    {
        var values = new decimal[count];
        for (int i = 0; i < count; i++)
        {
            decimal noise = (decimal)((random.NextDouble() * 2 - 1) * spread);
            values[i] = Math.Round(center + noise, decimals);
        }

        return values;
    }

    private static decimal[] Clamp(decimal[] values, decimal min, decimal max) =>
        values.Select(v => Math.Clamp(v, min, max)).ToArray();
}
