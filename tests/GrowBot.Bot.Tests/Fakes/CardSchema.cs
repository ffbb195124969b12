using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>Validates cards against the Adaptive Card 1.5 JSON schema (draft-06).</summary>
internal static class CardSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(Load);

    /// <summary>
    /// Asserts that the card is valid. The Teams-only <c>msteams</c> property is checked here and removed first,
    /// because the schema forbids properties it does not define.
    /// </summary>
    public static void AssertValid(JsonObject card)
    {
        Assert.Equal("Full", card["msteams"]?["width"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());

        IReadOnlyList<string> errors = Validate(card);
        if (errors.Count > 0)
        {
            Assert.Fail("The card is not a valid Adaptive Card 1.5:\n" + string.Join('\n', errors) + "\n" + card.ToJsonString());
        }
    }

    /// <summary>Returns the schema errors of the card without its <c>msteams</c> property; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(JsonObject card)
    {
        JsonObject copy = (JsonObject)card.DeepClone();
        copy.Remove("msteams");

        using JsonDocument document = JsonDocument.Parse(copy.ToJsonString());
        EvaluationResults results = s_schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        List<string> errors = [.. (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Key} {error.Value}"))
            .Take(20)];
        return errors.Count == 0 ? ["invalid (no details)"] : errors;
    }

    private static JsonSchema Load()
    {
        string path = Path.Combine(SharedFiles.Directory("schemas"), "adaptive-card-1.5.schema.json");
        BuildOptions options = new() { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(path), options);
    }
}
