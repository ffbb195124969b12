using System.Text.Json.Nodes;
using GrowBot.Bot.Localization;
using Microsoft.Extensions.Options;

namespace GrowBot.Bot.Cards;

/// <summary>Builds a card (one version per number of visible list items) and returns it measured in UTF-16 bytes.</summary>
public delegate AdaptiveCard CardBuilder(int visibleItems);

/// <summary>
/// Keeps a card within the configured message size. It first shows fewer list items (the card then states how many are
/// not shown), then shortens the longest texts at text-element boundaries.
/// </summary>
public sealed class CardFitter
{
    private readonly int _maxBytes;

    public CardFitter(IOptions<BotOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxBytes = options.Value.MaxMessageBytes;
    }

    public int MaxBytes => _maxBytes;

    /// <summary>
    /// Returns the card with as many of <paramref name="itemCount"/> list items as fit. <paramref name="measure"/>
    /// returns the size in UTF-16 bytes of the whole message that carries the card.
    /// </summary>
    public JsonObject Fit(CardBuilder build, int itemCount, Func<JsonObject, int> measure)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(measure);

        AdaptiveCard full = build(itemCount);
        JsonObject json = CardJson.ToJson(full);
        if (measure(json) <= _maxBytes)
        {
            return json;
        }

        int visible = LargestFittingCount(build, itemCount, measure);
        AdaptiveCard card = build(visible);
        return ShortenTexts(card, measure);
    }

    private int LargestFittingCount(CardBuilder build, int itemCount, Func<JsonObject, int> measure)
    {
        int low = 0;
        int high = itemCount - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (measure(CardJson.ToJson(build(middle))) <= _maxBytes)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Math.Max(low, 0);
    }

    /// <summary>Shortens the longest texts first, each as little as needed, until the card fits.</summary>
    private JsonObject ShortenTexts(AdaptiveCard card, Func<JsonObject, int> measure)
    {
        JsonObject json = CardJson.ToJson(card);
        List<TextSlot> slots = [.. CardTree.TextSlots(card).OrderByDescending(slot => slot.Get().Length)];
        foreach (TextSlot slot in slots)
        {
            if (measure(json) <= _maxBytes)
            {
                break;
            }

            json = ShortenSlot(card, slot, measure);
        }

        return json;
    }

    /// <summary>Finds, by bisection, the most text elements of the slot that still let the card fit.</summary>
    private JsonObject ShortenSlot(AdaptiveCard card, TextSlot slot, Func<JsonObject, int> measure)
    {
        string original = slot.Get();
        int low = 0;
        int high = TextElements.Count(original);
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            slot.Set(TextElements.Truncate(original, middle));
            if (measure(CardJson.ToJson(card)) <= _maxBytes)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        slot.Set(TextElements.Truncate(original, low));
        return CardJson.ToJson(card);
    }
}
