using GrowBot.Coaching.Signals;

namespace GrowBot.Coaching.Preparations;

/// <summary>A suggested question about two or more signals that together tell more than each alone.</summary>
/// <param name="Code">One of <see cref="SignalQuestions"/>' combination codes; the Teams layer words it.</param>
/// <param name="Signals">The signals the question cites, in the order of <see cref="TrendSignalCodes.All"/>.</param>
public sealed record CombinedQuestion(string Code, IReadOnlyList<TrendSignal> Signals);

/// <summary>Finds the combinations of signals that deserve a question of their own.</summary>
public static class SignalQuestions
{
    /// <summary>Overtime and complaints up: is the team short-staffed, and what support would help?</summary>
    public const string ShortStaffed = "short_staffed";

    /// <summary>Overtime up and ratings declining: is the load hurting the results?</summary>
    public const string Overload = "overload";

    /// <summary>Overtime up and training down: is there no time left to learn?</summary>
    public const string NoTimeToLearn = "no_time_to_learn";

    /// <summary>Goal completion and ratings both down: are the goals still the right ones?</summary>
    public const string GoalsAndRatings = "goals_and_ratings";

    private static readonly (string Code, string First, string Second)[] s_combinations =
    [
        (ShortStaffed, TrendSignalCodes.OvertimeRise, TrendSignalCodes.ComplaintRise),
        (Overload, TrendSignalCodes.RatingDecline, TrendSignalCodes.OvertimeRise),
        (NoTimeToLearn, TrendSignalCodes.TrainingDrop, TrendSignalCodes.OvertimeRise),
        (GoalsAndRatings, TrendSignalCodes.RatingDecline, TrendSignalCodes.GoalCompletionDrop),
    ];

    public static IReadOnlyList<CombinedQuestion> Combine(IReadOnlyList<TrendSignal> signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var questions = new List<CombinedQuestion>();
        foreach ((string code, string first, string second) in s_combinations)
        {
            TrendSignal? a = signals.FirstOrDefault(s => s.Code == first);
            TrendSignal? b = signals.FirstOrDefault(s => s.Code == second);
            if (a is not null && b is not null)
            {
                questions.Add(new CombinedQuestion(code, [a, b]));
            }
        }

        return questions;
    }
}
