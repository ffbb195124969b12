using System.Reflection;

namespace GrowBot.Integrations.OpenAI;

/// <summary>
/// The prompt files of the note analysis under <c>prompts/note-analysis/</c>, embedded in this assembly: the system
/// message, the user message template and the JSON schema of the answer.
/// </summary>
public sealed class NotePrompts
{
    /// <summary>The prompt version in use; each stored analysis of the Azure OpenAI analyser records it.</summary>
    public const string Version = "v1";

    private const string ResourcePrefix = "GrowBot.Prompts.note-analysis.";

    private NotePrompts(string system, string userTemplate, string schema)
    {
        System = system;
        UserTemplate = userTemplate;
        Schema = schema;
    }

    public string System { get; }

    /// <summary>The user message with the placeholders <c>{{locale}}</c> and <c>{{notes}}</c>.</summary>
    public string UserTemplate { get; }

    /// <summary>The JSON schema of the model's response, as text.</summary>
    public string Schema { get; }

    /// <summary>Loads the files of <see cref="Version"/>; throws when one is missing from the assembly.</summary>
    public static NotePrompts Load() => new(Read("system.md"), Read("user.md"), Read("schema.json"));

    /// <summary>Fills the user template. The notes must already be redacted, which also replaced any notes tags in them.</summary>
    public string FormatUser(string redactedNotes, string? locale) => UserTemplate
        .Replace("{{locale}}", string.IsNullOrWhiteSpace(locale) ? "en-US" : locale, StringComparison.Ordinal)
        .Replace("{{notes}}", redactedNotes, StringComparison.Ordinal);

    private static string Read(string fileName)
    {
        Assembly assembly = typeof(NotePrompts).Assembly;
        string name = $"{ResourcePrefix}{Version}/{fileName}";
        string? resource = assembly.GetManifestResourceNames().FirstOrDefault(candidate =>
            candidate.Replace('\\', '/').Equals(name, StringComparison.Ordinal));
        using Stream stream = (resource is null ? null : assembly.GetManifestResourceStream(resource))
            ?? throw new InvalidOperationException($"The prompt file {Version}/{fileName} is not embedded in {assembly.GetName().Name}.");
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
