using System.Text.Json.Serialization;

namespace GrowBot.Bot.Cards;

/// <summary>An element of a card body or container.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
public abstract class CardElement
{
    public string? Id { get; set; }

    public bool? Separator { get; set; }

    /// <summary>Space above the element: <c>None</c>, <c>Small</c>, <c>Default</c>, <c>Medium</c>, <c>Large</c>, <c>ExtraLarge</c> or <c>Padding</c>.</summary>
    public string? Spacing { get; set; }
}

public sealed class TextBlock : CardElement
{
    public TextBlock(string text) => Text = text;

    public string Text { get; set; }

    public bool? Wrap { get; set; } = true;

    /// <summary><c>Small</c>, <c>Default</c>, <c>Medium</c>, <c>Large</c> or <c>ExtraLarge</c>.</summary>
    public string? Size { get; set; }

    /// <summary><c>Lighter</c>, <c>Default</c> or <c>Bolder</c>.</summary>
    public string? Weight { get; set; }

    public bool? IsSubtle { get; set; }

    /// <summary><c>default</c> or <c>heading</c>.</summary>
    public string? Style { get; set; }

    public static TextBlock Heading(string text) => new(text) { Size = "Medium", Weight = "Bolder", Style = "heading" };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Size = "Small" };
}

public sealed class RichTextBlock : CardElement
{
    public List<TextRun> Inlines { get; set; } = [];
}

public sealed class TextRun
{
    public TextRun(string text) => Text = text;

    [JsonPropertyName("type")]
    public string Type => "TextRun";

    public string Text { get; set; }

    public string? Weight { get; set; }

    public bool? Italic { get; set; }
}

public sealed class FactSet : CardElement
{
    public List<Fact> Facts { get; set; } = [];
}

public sealed class Fact
{
    public Fact(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string Title { get; set; }

    public string Value { get; set; }
}

public sealed class Container : CardElement
{
    public List<CardElement> Items { get; set; } = [];

    /// <summary><c>default</c>, <c>emphasis</c>, <c>good</c>, <c>attention</c>, <c>warning</c> or <c>accent</c>.</summary>
    public string? Style { get; set; }
}

public sealed class ColumnSet : CardElement
{
    public List<Column> Columns { get; set; } = [];
}

public sealed class Column
{
    [JsonPropertyName("type")]
    public string Type => "Column";

    public List<CardElement> Items { get; set; } = [];

    /// <summary><c>auto</c>, <c>stretch</c>, a weight such as <c>2</c>, or pixels such as <c>50px</c>.</summary>
    public string? Width { get; set; }
}

public sealed class TextInput : CardElement
{
    public TextInput(string id) => Id = id;

    public string? Label { get; set; }

    public string? Placeholder { get; set; }

    public bool? IsRequired { get; set; }

    public string? ErrorMessage { get; set; }

    public int? MaxLength { get; set; }

    /// <summary>The initial text, for example notes saved earlier.</summary>
    public string? Value { get; set; }

    public bool? IsMultiline { get; set; }
}

/// <summary>A date picker; the value is sent as <c>yyyy-MM-dd</c>.</summary>
public sealed class DateInput : CardElement
{
    public DateInput(string id) => Id = id;

    public string? Label { get; set; }

    /// <summary>Earliest selectable date as <c>yyyy-MM-dd</c>.</summary>
    public string? Min { get; set; }

    public string? Value { get; set; }

    public bool? IsRequired { get; set; }

    public string? ErrorMessage { get; set; }
}

public sealed class NumberInput : CardElement
{
    public NumberInput(string id) => Id = id;

    public string? Label { get; set; }

    public string? Placeholder { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public double? Value { get; set; }

    public string? ErrorMessage { get; set; }
}

public sealed class ChoiceSetInput : CardElement
{
    public ChoiceSetInput(string id) => Id = id;

    public string? Label { get; set; }

    public List<Choice> Choices { get; set; } = [];

    /// <summary><c>compact</c> (drop-down) or <c>expanded</c> (radio buttons).</summary>
    public string? Style { get; set; }

    public bool? IsRequired { get; set; }

    public string? ErrorMessage { get; set; }

    public bool? Wrap { get; set; }

    /// <summary>The value of the initially selected choice.</summary>
    public string? Value { get; set; }
}

public sealed class Choice
{
    public Choice(string title, string value)
    {
        Title = title;
        Value = value;
    }

    public string Title { get; set; }

    public string Value { get; set; }
}

public sealed class ActionSet : CardElement
{
    public List<CardAction> Actions { get; set; } = [];
}
