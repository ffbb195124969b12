using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GrowBot.Bot.Cards;

/// <summary>A button of a card.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    protected CardAction(string title) => Title = title;

    public string Title { get; set; }

    public string? Id { get; set; }
}

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke with the verb and the data merged with the inputs.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    public ExecuteAction(string title, string verb, JsonObject? data = null)
        : base(title)
    {
        Verb = verb;
        Data = data;
    }

    public string Verb { get; set; }

    public JsonObject? Data { get; set; }

    /// <summary>The action that clients without Universal Actions show instead.</summary>
    public CardAction? Fallback { get; set; }

    /// <summary>
    /// Creates an Action.Execute with an Action.Submit fallback that carries the verb in its data, so that older
    /// clients send a message activity the bot routes the same way.
    /// </summary>
    public static ExecuteAction WithSubmitFallback(string title, string verb, JsonObject? data = null)
    {
        JsonObject submitData = data is null ? [] : (JsonObject)data.DeepClone();
        submitData["verb"] = verb;
        return new ExecuteAction(title, verb, data) { Fallback = new SubmitAction(title, submitData) };
    }
}

/// <summary>Sends the data merged with the inputs as a message activity (<c>value</c>).</summary>
public sealed class SubmitAction : CardAction
{
    public SubmitAction(string title, JsonObject? data = null)
        : base(title) => Data = data;

    public JsonObject? Data { get; set; }
}

public sealed class OpenUrlAction : CardAction
{
    public OpenUrlAction(string title, Uri url)
        : base(title) => Url = url;

    public Uri Url { get; set; }
}

/// <summary>Shows a nested card under the button.</summary>
public sealed class ShowCardAction : CardAction
{
    public ShowCardAction(string title, AdaptiveCard card)
        : base(title) => Card = card;

    public AdaptiveCard Card { get; set; }
}
