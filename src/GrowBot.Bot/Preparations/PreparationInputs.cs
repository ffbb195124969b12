using System.Globalization;
using System.Text.Json.Nodes;
using GrowBot.Bot.Commands;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Preparations;

/// <summary>Ids of the preparation card's inputs and the parsing of what they send back.</summary>
public static class PreparationInputs
{
    /// <summary>Card data field with the stage the card showed when it was clicked; notes belong to that stage.</summary>
    public const string FromField = "from";
    public const string NotesField = "notes";
    public const string TargetPercentField = "targetPercent";
    public const string TargetRoleField = "targetRole";
    public const string ItemTitleField = "itemTitle";
    public const string ItemOwnerField = "itemOwner";
    public const string ItemDueField = "itemDue";
    public const string ItemMilestonesField = "itemMilestones";
    public const string ItemCadenceField = "itemCadence";
    public const string ItemResourceField = "itemResource";
    public const string ItemMetricField = "itemMetric";

    /// <summary>
    /// Value of the "none" choice of the resource and metric choice sets. Adaptive Cards renderers reject a choice with
    /// an empty value, so "none" stands for no selection.
    /// </summary>
    public const string NoneChoice = "none";

    private const decimal MinTargetPercent = 1m;
    private const decimal MaxTargetPercent = 1000m;
    private const int MaxMilestones = 10;
    private const int MaxMilestoneLength = 200;
    private const int MaxResourceLength = 200;
    private const int MaxMetricLength = 64;

    public static GrowStage? Stage(JsonObject data, string field) =>
        Enum.TryParse(CommandParser.ReadString(data, field), ignoreCase: false, out GrowStage stage) && Enum.IsDefined(stage) ? stage : null;

    /// <summary>
    /// Copies the inputs of the stage the card showed onto the preparation: its notes and, on the Goal stage, the
    /// target and the target role. An input that is missing from the data leaves the stored value unchanged.
    /// </summary>
    public static Preparation Apply(Preparation preparation, JsonObject data, DateTimeOffset now)
    {
        GrowStage? from = Stage(data, FromField);
        if (from is null || from == GrowStage.Brief)
        {
            return preparation;
        }

        Preparation result = preparation;
        if (data.ContainsKey(NotesField))
        {
            result = result.WithNotes(from.Value, Text(data, NotesField), now);
        }

        if (from == GrowStage.Goal && data.ContainsKey(TargetPercentField))
        {
            result = result with { TargetPercent = Percent(Text(data, TargetPercentField)) };
        }

        if (from == GrowStage.Goal && data.ContainsKey(TargetRoleField))
        {
            string role = (Text(data, TargetRoleField) ?? string.Empty).Trim();
            result = result with { TargetRole = role.Length == 0 ? null : role[..Math.Min(role.Length, Preparation.MaxTargetRoleLength)] };
        }

        return result;
    }

    /// <summary>True when the resource is among the options the card offered for this employee.</summary>
    public static bool IsOffered(RankedOptions options, OptionRequestKind kind, string resourceId) => kind switch
    {
        OptionRequestKind.CourseEnrolment => options.Courses.Any(c => c.Course.Id == resourceId),
        OptionRequestKind.MentorIntroduction => options.Mentors.Any(m => m.Mentor.PersonId == resourceId),
        OptionRequestKind.ProjectInterest => options.Projects.Any(p => p.Project.Id == resourceId),
        OptionRequestKind.OpeningInterest => options.Openings.Any(o => o.Opening.Id == resourceId),
        _ => false,
    };

    /// <summary>
    /// Reads a new action item. Returns null when the title is blank or the due date is missing, invalid or before
    /// today. The owner is the employee unless the HRBP chose themself; other ids in the data are ignored.
    /// </summary>
    public static ActionItemDraft? ActionItem(JsonObject data, PreparationView view, DateOnly today)
    {
        string title = (Text(data, ItemTitleField) ?? string.Empty).Trim();
        if (title.Length == 0
            || !DateOnly.TryParseExact(Text(data, ItemDueField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly due)
            || due < today)
        {
            return null;
        }

        string owner = Text(data, ItemOwnerField) == view.Hrbp.Id ? view.Hrbp.Id : view.Employee.Id;
        List<string> milestones = [.. (Text(data, ItemMilestonesField) ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(MaxMilestones)
            .Select(m => Limit(m, MaxMilestoneLength))];
        CheckInCadence cadence = Enum.TryParse(Text(data, ItemCadenceField), ignoreCase: false, out CheckInCadence parsed) && Enum.IsDefined(parsed)
            ? parsed
            : CheckInCadence.None;
        return new ActionItemDraft(
            Limit(title, Coaching.ActionItems.ActionItem.MaxTitleLength),
            owner,
            due,
            milestones,
            cadence,
            Optional(Chosen(Text(data, ItemResourceField)), MaxResourceLength),
            Optional(Chosen(Text(data, ItemMetricField)), MaxMetricLength));
    }

    /// <summary>Reads a string or number input; Teams sends input values as strings, but a client may send numbers.</summary>
    private static string? Text(JsonObject data, string field) => data[field] switch
    {
        JsonValue value when value.TryGetValue(out string? text) => text,
        JsonValue value when value.TryGetValue(out double number) => number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static decimal? Percent(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) && value is >= MinTargetPercent and <= MaxTargetPercent
            ? Math.Round(value, 1)
            : null;

    private static string? Chosen(string? value) => value == NoneChoice ? null : value;

    private static string? Optional(string? text, int maxLength)
    {
        string trimmed = (text ?? string.Empty).Trim();
        return trimmed.Length == 0 ? null : Limit(trimmed, maxLength);
    }

    private static string Limit(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];
}
