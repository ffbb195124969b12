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
}

/// <summary>
/// A parsed command. <see cref="Argument"/> is the name for <c>prepare</c>, the notes for <c>notes</c> and the person id for
/// <c>prepare.select</c>; a person id from card data is only a request and is checked again against the clicker.
/// </summary>
public sealed record BotCommand(CommandKind Kind, string? Argument = null)
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

    /// <summary>Card input and data field that carries the employee's name for <c>prepare</c>.</summary>
    public const string NameField = "name";

    /// <summary>Card data field that carries the selected person id for <c>prepare.select</c>.</summary>
    public const string PersonIdField = "personId";
}
