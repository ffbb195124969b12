using System.Text.Json.Nodes;

namespace GrowBot.Bot.Commands;

/// <summary>What the user asked for, from chat text, a submitted card or a Universal Action.</summary>
public enum CommandKind
{
    Unknown,
    Help,
    WhoAmI,
    Privacy,
    Prepare,
    PrepareSelect,
    Notes,
    Continue,
    Portfolio,
    PreparationGo,
    PreparationOption,
    PreparationAction,
    PreparationCheckIn,
    CheckInSubmit,
}

/// <summary>
/// A parsed command. <see cref="Argument"/> is the name for <c>prepare</c>, the notes for <c>notes</c> and the person id for
/// <c>prepare.select</c>; a person id from card data is only a request and is checked again against the clicker.
/// </summary>
/// <remarks>
/// <see cref="Data"/> is the card data merged with the card's inputs, for the commands of the preparation card and
/// the check-in card. Ids in it (preparation, resource) are requests that the executor checks against the clicker.
/// </remarks>
public sealed record BotCommand(CommandKind Kind, string? Argument = null, JsonObject? Data = null)
{
    public static readonly BotCommand Unknown = new(CommandKind.Unknown);
}

/// <summary>The verbs of Action.Execute and of the Action.Submit fallbacks that GrowBot's cards send.</summary>
public static class CommandVerbs
{
    public const string Help = "help";
    public const string WhoAmI = "whoami";
    public const string Privacy = "privacy";
    public const string Prepare = "prepare";
    public const string PrepareSelect = "prepare.select";
    public const string Continue = "continue";
    public const string Portfolio = "portfolio";

    /// <summary>Saves the inputs of the preparation card and moves to the stage in <see cref="StageField"/>.</summary>
    public const string PreparationGo = "prep.go";

    /// <summary>Records an employee-facing option (<see cref="KindField"/>, <see cref="ResourceField"/>).</summary>
    public const string PreparationOption = "prep.option";

    /// <summary>Creates an action item from the inputs of the Way forward stage.</summary>
    public const string PreparationAction = "prep.action";

    /// <summary>Sends the employee the check-in card.</summary>
    public const string PreparationCheckIn = "prep.checkin";

    /// <summary>The employee's answer on the check-in card.</summary>
    public const string CheckInSubmit = "checkin.submit";

    public const string PreparationIdField = "preparationId";
    public const string StageField = "stage";
    public const string KindField = "kind";
    public const string ResourceField = "resourceId";

    /// <summary>Card input and data field that carries the employee's name for <c>prepare</c>.</summary>
    public const string NameField = "name";

    /// <summary>Card data field that carries the selected person id for <c>prepare.select</c>.</summary>
    public const string PersonIdField = "personId";
}
