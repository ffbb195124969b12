using System.Text;
using System.Text.Json;

namespace GrowBot.Benchmarks.Notes;

/// <summary>
/// The benchmark input: the labelled corpus notes (development and extra), repeated in order
/// until their UTF-8 size reaches <see cref="TargetBytes"/>.
/// </summary>
internal static class NoteWorkload
{
    public const long TargetBytes = 4_000_000;

    private static readonly Lazy<IReadOnlyList<string>> s_notes = new(Build);

    public static IReadOnlyList<string> Notes => s_notes.Value;

    /// <summary>UTF-8 size of all notes together, the unit of the MB/s column.</summary>
    public static long TotalUtf8Bytes => Notes.Sum(note => (long)Encoding.UTF8.GetByteCount(note));

    private static List<string> Build()
    {
        List<string> source = [];
        foreach (string relativePath in new[]
        {
            Path.Combine("shared", "corpus", "notes-dev.jsonl"),
            Path.Combine("tests", "GrowBot.Coaching.Tests", "Notes", "notes-extra.jsonl"),
        })
        {
            string path = FindUpwards(relativePath);
            source.AddRange(File.ReadLines(path, Encoding.UTF8)
                .Where(line => line.Length > 0)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!));
        }

        List<string> notes = [];
        long bytes = 0;
        for (int i = 0; bytes < TargetBytes; i++)
        {
            string note = source[i % source.Count];
            notes.Add(note);
            bytes += Encoding.UTF8.GetByteCount(note);
        }

        return notes;
    }

    private static string FindUpwards(string relativePath)
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(
            $"Corpus file {relativePath} not found in {AppContext.BaseDirectory} or any parent directory. "
            + "Run the benchmark from a checkout that has shared/corpus next to it.");
    }
}
