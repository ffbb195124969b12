namespace GrowBot.Bot.Cards;

/// <summary>Walks the elements of a card body, containers and columns included.</summary>
internal static class CardTree
{
    public static IEnumerable<CardElement> Elements(IEnumerable<CardElement> elements)
    {
        foreach (CardElement element in elements)
        {
            yield return element;

            IEnumerable<CardElement> children = element switch
            {
                Container container => container.Items,
                ColumnSet columnSet => columnSet.Columns.SelectMany(column => column.Items),
                _ => [],
            };

            foreach (CardElement child in Elements(children))
            {
                yield return child;
            }
        }
    }

    /// <summary>Every text that a reader sees in the body: text blocks, text runs and fact values.</summary>
    public static IEnumerable<TextSlot> TextSlots(AdaptiveCard card)
    {
        foreach (CardElement element in Elements(card.Body))
        {
            switch (element)
            {
                case TextBlock block:
                    yield return new TextSlot(() => block.Text, text => block.Text = text);
                    break;
                case RichTextBlock rich:
                    foreach (TextRun run in rich.Inlines)
                    {
                        yield return new TextSlot(() => run.Text, text => run.Text = text);
                    }

                    break;
                case FactSet facts:
                    foreach (Fact fact in facts.Facts)
                    {
                        yield return new TextSlot(() => fact.Value, text => fact.Value = text);
                    }

                    break;
            }
        }
    }
}

/// <summary>A text of a card element that can be read and replaced.</summary>
internal sealed record TextSlot(Func<string> Get, Action<string> Set);
