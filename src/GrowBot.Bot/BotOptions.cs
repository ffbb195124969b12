namespace GrowBot.Bot;

/// <summary>Settings of the Teams application layer, bound from the configuration section <c>Bot</c>, which it shares with the protocol layer.</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Largest message the bot sends, in UTF-16 bytes of the serialized activity (twice its string length).
    /// Default 40 KB, the lower of the limits that Teams has documented.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 40 * 1024;

    /// <summary>How many directory matches a <c>prepare</c> search reads before it keeps those assigned to the HRBP.</summary>
    public int MaxSearchResults { get; set; } = 200;
}
