namespace GrowBot.Coaching.Preparations;

/// <summary>Settings of the interview preparation, bound from the configuration section <c>Preparation</c>.</summary>
public sealed class PreparationOptions
{
    public const string SectionName = "Preparation";

    /// <summary>How long the assembler waits for one profile section before it marks the section unavailable. Default 2 s.</summary>
    public TimeSpan SourceTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Timeouts of single sections by name (for example <c>Preparation:SourceTimeouts:workload</c>); others use <see cref="SourceTimeout"/>.</summary>
    public Dictionary<string, TimeSpan> SourceTimeouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Metric codes read as role key indicators; the performance section keeps those with data.</summary>
    public List<string> KpiMetricCodes { get; set; } =
        ["sales_amount", "deals_won", "win_rate", "aum", "store_sales", "store_conversion", "code_quality", "delivery_on_time", "feature_adoption", "yield_rate"];

    /// <summary>ERP and project-management metric codes shown in the feedback section.</summary>
    public List<string> ProjectMetricCodes { get; set; } = ["project_cost_vs_budget", "collaboration_score"];

    /// <summary>
    /// A new target is flagged as far above the track record when it needs at least this percentage of last
    /// year's completion rate (target 120 % after completing 85 % needs 141 %). Default 125.
    /// </summary>
    public decimal FeasibilityFarAbovePercent { get; set; } = 125m;

    /// <summary>A new target is flagged as wasted potential when it needs at most this percentage of last year's completion rate. Default 85.</summary>
    public decimal FeasibilityFarBelowPercent { get; set; } = 85m;

    public TimeSpan TimeoutFor(string sectionName) =>
        SourceTimeouts.TryGetValue(sectionName, out TimeSpan timeout) ? timeout : SourceTimeout;
}
