using System.Text.Json.Nodes;

namespace GrowBot.Bot.Commands;

/// <summary>
/// Parses chat text (English and Chinese, case-insensitive) and card payloads (<c>verb</c> or <c>command</c> field)
/// into commands.
/// </summary>
public static class CommandParser
{
    private static readonly (string Word, CommandKind Kind)[] s_englishWords =
    [
        ("help", CommandKind.Help),
        ("?", CommandKind.Help),
        ("whoami", CommandKind.WhoAmI),
        ("privacy", CommandKind.Privacy),
        ("prepare", CommandKind.Prepare),
        ("notes", CommandKind.Notes),
        ("continue", CommandKind.Continue),
        ("portfolio", CommandKind.Portfolio),
    ];

    // Chinese is written without spaces, so these match as prefixes; the longer word comes first.
    private static readonly (string Word, CommandKind Kind)[] s_chineseWords =
    [
        ("帮助", CommandKind.Help),
        ("我是谁", CommandKind.WhoAmI),
        ("隐私", CommandKind.Privacy),
        ("准备面谈", CommandKind.Prepare),
        ("准备", CommandKind.Prepare),
        ("记录", CommandKind.Notes),
        ("继续", CommandKind.Continue),
        ("我的员工", CommandKind.Portfolio),
    ];

    /// <summary>Parses the text of a message; the bot's @mention must already be removed.</summary>
    public static BotCommand ParseText(string? text)
    {
        string trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return BotCommand.Unknown;
        }

        return MatchEnglish(trimmed) ?? MatchChinese(trimmed) ?? BotCommand.Unknown;
    }

    /// <summary>Parses a verb and the data of a card action; null when the verb is not one of GrowBot's.</summary>
    public static BotCommand? ParseVerb(string? verb, JsonObject? data)
    {
        string? argument = null;
        CommandKind? kind = verb?.Trim().ToLowerInvariant() switch
        {
            CommandVerbs.Help => CommandKind.Help,
            CommandVerbs.WhoAmI => CommandKind.WhoAmI,
            CommandVerbs.Privacy => CommandKind.Privacy,
            CommandVerbs.Prepare => CommandKind.Prepare,
            CommandVerbs.PrepareSelect => CommandKind.PrepareSelect,
            CommandVerbs.Continue => CommandKind.Continue,
            CommandVerbs.Portfolio => CommandKind.Portfolio,
            CommandVerbs.PreparationGo => CommandKind.PreparationGo,
            CommandVerbs.PreparationOption => CommandKind.PreparationOption,
            CommandVerbs.PreparationAction => CommandKind.PreparationAction,
            CommandVerbs.PreparationCheckIn => CommandKind.PreparationCheckIn,
            CommandVerbs.CheckInSubmit => CommandKind.CheckInSubmit,
            _ => null,
        };

        if (kind == CommandKind.Prepare)
        {
            argument = ReadString(data, CommandVerbs.NameField)?.Trim();
        }
        else if (kind == CommandKind.PrepareSelect)
        {
            argument = ReadString(data, CommandVerbs.PersonIdField);
        }

        JsonObject? carried = kind is CommandKind.PreparationGo or CommandKind.PreparationOption or CommandKind.PreparationAction
            or CommandKind.PreparationCheckIn or CommandKind.CheckInSubmit
            ? (JsonObject?)data?.DeepClone() ?? []
            : null;
        return kind is { } known ? new BotCommand(known, argument, carried) : null;
    }

    /// <summary>
    /// Parses the <c>value</c> of a message sent by Action.Submit: its <c>verb</c> (or <c>command</c>) field names
    /// the command. Returns null when the value carries neither.
    /// </summary>
    public static BotCommand? ParseSubmitValue(JsonNode? value)
    {
        if (value is not JsonObject data)
        {
            return null;
        }

        string? verb = ReadString(data, "verb") ?? ReadString(data, "command");
        if (verb is null)
        {
            return null;
        }

        return ParseVerb(verb, data) ?? ParseText(verb);
    }

    /// <summary>Reads a string property; null when it is missing, not a string, or blank.</summary>
    internal static string? ReadString(JsonObject? data, string name) =>
        data?[name] is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static BotCommand? MatchEnglish(string text)
    {
        int end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        string word = text[..end];
        string rest = text[end..].Trim();
        foreach ((string candidate, CommandKind kind) in s_englishWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return Build(kind, rest);
            }
        }

        return null;
    }

    private static BotCommand? MatchChinese(string text)
    {
        foreach ((string candidate, CommandKind kind) in s_chineseWords)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                string rest = text[candidate.Length..].Trim();
                return Build(kind, rest);
            }
        }

        return null;
    }

    /// <summary>Only <c>prepare</c> and <c>notes</c> take an argument; other commands with trailing words are not understood.</summary>
    private static BotCommand Build(CommandKind kind, string rest)
    {
        if (kind is CommandKind.Prepare)
        {
            // A name typed with extra spaces ("zhang   wei") still matches the directory's single-spaced names.
            string name = string.Join(' ', rest.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return new BotCommand(kind, name.Length == 0 ? null : name);
        }

        if (kind is CommandKind.Notes)
        {
            return new BotCommand(kind, rest.Length == 0 ? null : rest);
        }

        return rest.Length == 0 ? new BotCommand(kind) : BotCommand.Unknown;
    }
}
