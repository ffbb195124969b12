using System.IO.Compression;
using System.Text.Json.Nodes;

namespace GrowBot.Web.Operator;

/// <summary>
/// Builds the Teams app package (manifest.json, its zh-CN strings and both icons in one zip) with the bot's
/// Microsoft App ID filled in, ready to upload in Teams or the Teams admin center.
/// </summary>
internal sealed class PackageTeamsAppCommand : IOperatorCommand
{
    private static readonly string[] PackageFiles = ["manifest.json", "zh-cn.json", "color.png", "outline.png"];

    public string Description => "--app-id <guid> [--manifest-dir manifest] [--output growbot-teams-app.zip]: build the Teams app package";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        Dictionary<string, string> options = OperatorArguments.Parse(args);
        string appId = options.GetValueOrDefault("app-id") ?? throw new OperatorCommandException("missing --app-id: pass the MicrosoftAppId of the Azure Bot registration.");
        if (!Guid.TryParse(appId, out _))
        {
            throw new OperatorCommandException($"invalid --app-id '{appId}': expected a GUID.");
        }

        string manifestDirectory = options.GetValueOrDefault("manifest-dir") ?? FindManifestDirectory();
        // By default the package goes next to the manifest folder (the repository root), not into the start directory.
        string outputPath = Path.GetFullPath(options.GetValueOrDefault("output")
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestDirectory)) ?? ".", "growbot-teams-app.zip"));
        JsonObject manifest = await ReadManifestAsync(manifestDirectory, cancellationToken);
        manifest["bots"]![0]!["botId"] = appId;

        await using FileStream zipStream = File.Create(outputPath);
        using ZipArchive archive = new(zipStream, ZipArchiveMode.Create);
        foreach (string name in PackageFiles)
        {
            ZipArchiveEntry entry = archive.CreateEntry(name);
            await using Stream entryStream = entry.Open();
            if (name == "manifest.json")
            {
                await entryStream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString(new() { WriteIndented = true })), cancellationToken);
                continue;
            }

            await using FileStream source = File.OpenRead(Path.Combine(manifestDirectory, name));
            await source.CopyToAsync(entryStream, cancellationToken);
        }

        await output.WriteLineAsync($"Wrote {outputPath} for bot {appId}.");
        return 0;
    }

    // dotnet run starts in src/GrowBot.Web, so the repository's manifest folder is looked up from there upwards.
    private static string FindManifestDirectory()
    {
        for (DirectoryInfo? directory = new(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "manifest");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        return "manifest";
    }

    private static async Task<JsonObject> ReadManifestAsync(string manifestDirectory, CancellationToken cancellationToken)
    {
        string path = Path.Combine(manifestDirectory, "manifest.json");
        if (!File.Exists(path))
        {
            throw new OperatorCommandException($"manifest not found at '{path}': run the command from the repository root or pass --manifest-dir.");
        }

        string text = await File.ReadAllTextAsync(path, cancellationToken);
        return JsonNode.Parse(text) as JsonObject ?? throw new OperatorCommandException($"'{path}' is not a JSON object.");
    }
}

/// <summary>Parses <c>--name value</c> pairs; a flag without a value gets "true".</summary>
internal static class OperatorArguments
{
    public static Dictionary<string, string> Parse(string[] args)
    {
        Dictionary<string, string> options = new(StringComparer.OrdinalIgnoreCase);
        for (int index = 0; index < args.Length; index++)
        {
            if (!args[index].StartsWith("--", StringComparison.Ordinal))
            {
                throw new OperatorCommandException($"unexpected argument '{args[index]}': options start with --.");
            }

            string name = args[index][2..];
            bool hasValue = index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++index] : "true";
        }

        return options;
    }
}
