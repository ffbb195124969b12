using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GrowBot.Bot.Cards;

/// <summary>Serializes the card model to the JSON that Teams expects (camelCase, nulls left out).</summary>
public static class CardJson
{
    private static readonly JsonSerializerOptions s_options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static JsonObject ToJson(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        PrepareNestedCards(card);
        return JsonSerializer.SerializeToNode(card, s_options)!.AsObject();
    }

    /// <summary>Cards inside Action.ShowCard carry neither a version nor the Teams extension.</summary>
    private static void PrepareNestedCards(AdaptiveCard card)
    {
        foreach (ShowCardAction showCard in EnumerateActions(card).OfType<ShowCardAction>())
        {
            showCard.Card.Teams = null;
            showCard.Card.Schema = null;
            showCard.Card.Version = null;
            PrepareNestedCards(showCard.Card);
        }
    }

    private static IEnumerable<CardAction> EnumerateActions(AdaptiveCard card)
    {
        IEnumerable<CardAction> fromSets = CardTree.Elements(card.Body).OfType<ActionSet>().SelectMany(set => set.Actions);
        return (card.Actions ?? []).Concat(fromSets);
    }
}
