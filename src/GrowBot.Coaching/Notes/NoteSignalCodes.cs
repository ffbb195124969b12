namespace GrowBot.Coaching.Notes;

/// <summary>The nine signal codes that note analysers return.</summary>
public static class NoteSignalCodes
{
    /// <summary>The employee feels pressure, anxiety or exhaustion.</summary>
    public const string Stress = "stress";

    /// <summary>Too much work or too few people.</summary>
    public const string Workload = "workload";

    /// <summary>Wants a promotion, a bigger role or a move to another role.</summary>
    public const string Promotion = "promotion";

    /// <summary>Asks for help or resources.</summary>
    public const string SupportNeeded = "support_needed";

    /// <summary>Customer complaints or dissatisfaction are a topic.</summary>
    public const string CustomerComplaint = "customer_complaint";

    /// <summary>Thinking about leaving the company.</summary>
    public const string AttritionRisk = "attrition_risk";

    /// <summary>Wants to learn or be trained.</summary>
    public const string Learning = "learning";

    /// <summary>Friction with a manager or colleagues.</summary>
    public const string Conflict = "conflict";

    /// <summary>Low motivation or mood.</summary>
    public const string LowMood = "low_mood";

    /// <summary>All codes, in the order of the taxonomy.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Stress, Workload, Promotion, SupportNeeded, CustomerComplaint, AttritionRisk, Learning, Conflict, LowMood,
    ];

    /// <summary>Returns whether <paramref name="code"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
