using System.Text.Json.Serialization;

namespace GrowBot.Bot.Cards;

/// <summary>An Adaptive Card, limited to the features of version 1.5 that Teams renders in bot messages.</summary>
public sealed class AdaptiveCard
{
    public const string SchemaUri = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("type")]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string? Schema { get; set; } = SchemaUri;

    /// <summary>Card version; Teams renders at most 1.5 in cards that bots send.</summary>
    public string? Version { get; set; } = "1.5";

    public List<CardElement> Body { get; set; } = [];

    public List<CardAction>? Actions { get; set; }

    /// <summary>Text for clients that cannot render the card version.</summary>
    public string? FallbackText { get; set; }

    /// <summary>The two-letter language of the card, used by clients for date and time functions.</summary>
    public string? Lang { get; set; }

    /// <summary>Teams extension (not part of the Adaptive Card schema); null on cards nested in Action.ShowCard.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; set; } = new();
}

/// <summary>The Teams-only <c>msteams</c> object of a card.</summary>
public sealed class TeamsCardProperties
{
    /// <summary><c>Full</c> lets the card use the whole width of the chat.</summary>
    public string Width { get; set; } = "Full";
}
