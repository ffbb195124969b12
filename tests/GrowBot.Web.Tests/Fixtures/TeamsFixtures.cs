using System.Text.Json.Nodes;

namespace GrowBot.Web.Tests.Fixtures;

/// <summary>Reads the recorded Teams activities that ship beside the repository (shared/fixtures/teams).</summary>
public static class TeamsFixtures
{
    /// <summary>The numbered activity files, for example <c>01-message-personal-text.json</c>.</summary>
    public static IEnumerable<string> ActivityFileNames() =>
        Directory.GetFiles(FixtureDirectory(), "*.json")
            .Select(Path.GetFileName)
            .Where(name => name is not null && char.IsDigit(name[0]))
            .Order(StringComparer.Ordinal)!;

    /// <summary>Loads a fixture with its serviceUrl pointed at the fake connector.</summary>
    public static JsonObject Load(string fileName, string serviceUrl)
    {
        JsonObject activity = JsonNode.Parse(File.ReadAllText(Path.Combine(FixtureDirectory(), fileName)))!.AsObject();
        activity["serviceUrl"] = serviceUrl;
        return activity;
    }

    private static string FixtureDirectory()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "fixtures", "teams");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"shared/fixtures/teams was not found above {AppContext.BaseDirectory}; clone the repository next to the shared folder.");
    }
}
