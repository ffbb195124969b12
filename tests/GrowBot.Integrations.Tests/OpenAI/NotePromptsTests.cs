using System.Text.Json.Nodes;
using GrowBot.Coaching.Notes;
using GrowBot.Integrations.OpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Integrations.Tests.OpenAI;

/// <summary>The prompt files, their schema's strict-mode rules, and the registration without an endpoint.</summary>
public sealed class NotePromptsTests
{
    private static readonly string s_folder = Path.Combine(AppContext.BaseDirectory, "prompts", "note-analysis", NotePrompts.Version);

    [Theory]
    [InlineData("system.md")]
    [InlineData("user.md")]
    [InlineData("schema.json")]
    public void PromptFile_ExistsAndIsEmbedded(string fileName)
    {
        string onDisk = File.ReadAllText(Path.Combine(s_folder, fileName));
        NotePrompts prompts = NotePrompts.Load();
        string embedded = fileName switch
        {
            "system.md" => prompts.System,
            "user.md" => prompts.UserTemplate,
            _ => prompts.Schema,
        };

        Assert.False(string.IsNullOrWhiteSpace(onDisk));
        Assert.Equal(onDisk, embedded);
    }

    [Fact]
    public void Version_IsV1()
    {
        Assert.Equal("v1", NotePrompts.Version);
        Assert.True(Directory.Exists(s_folder));
    }

    [Fact]
    public void UserTemplate_DelimitsNotes()
    {
        string user = NotePrompts.Load().FormatUser("NOTES", "zh-CN");

        Assert.Contains("<notes>\nNOTES\n</notes>", user.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("zh-CN", user, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_IsStrict()
    {
        JsonNode schema = JsonNode.Parse(NotePrompts.Load().Schema)!;

        List<string> objects = [];
        CheckStrict(schema, "$", objects);

        Assert.Equal(["$", "$.signals[]", "$.emotional_cues[]"], objects);
    }

    [Fact]
    public void Schema_SignalCodesMatchTaxonomy()
    {
        JsonNode schema = JsonNode.Parse(NotePrompts.Load().Schema)!;

        JsonArray codes = schema["properties"]!["signals"]!["items"]!["properties"]!["code"]!["enum"]!.AsArray();

        Assert.Equal(NoteSignalCodes.All, codes.Select(code => code!.GetValue<string>()));
    }

    [Fact]
    public void NoEndpoint_RegistersNoExternalAnalyser()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["OpenAI:Endpoint"] = "" }).Build();
        ServiceCollection services = new();

        services.AddGrowBotOpenAI(configuration);

        Assert.DoesNotContain(services, descriptor => descriptor.ServiceType == typeof(IExternalNoteAnalyser));
    }

    [Fact]
    public void Endpoint_RegistersAzureOpenAIAnalyser()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = "http://127.0.0.1:9/",
            ["OpenAI:Deployment"] = "gpt-test",
            ["OpenAI:ApiKey"] = "key",
        }).Build();
        ServiceCollection services = new();
        services.AddLogging();

        services.AddGrowBotOpenAI(configuration);
        using ServiceProvider provider = services.BuildServiceProvider();

        IExternalNoteAnalyser analyser = provider.GetRequiredService<IExternalNoteAnalyser>();
        Assert.Equal("azure-openai:gpt-test", analyser.Name);
        Assert.Equal(200_000, analyser.MonthlyTokenBudget);
    }

    /// <summary>Strict mode needs <c>additionalProperties: false</c> on every object and every property in <c>required</c>.</summary>
    private static void CheckStrict(JsonNode? node, string path, List<string> objects)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (schema["type"]?.GetValue<string>() == "object")
        {
            objects.Add(path);
            Assert.False(schema["additionalProperties"]!.GetValue<bool>(), $"{path} allows additional properties.");
            JsonObject properties = schema["properties"]!.AsObject();
            string[] required = [.. schema["required"]!.AsArray().Select(name => name!.GetValue<string>())];
            Assert.Equal(properties.Select(p => p.Key).Order(), required.Order());
            foreach ((string name, JsonNode? property) in properties)
            {
                CheckStrict(property, $"{path}.{name}", objects);
            }
        }
        else if (schema["type"]?.GetValue<string>() == "array")
        {
            CheckStrict(schema["items"], path + "[]", objects);
        }
    }
}
