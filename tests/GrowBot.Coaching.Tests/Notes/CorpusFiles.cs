namespace GrowBot.Coaching.Tests.Notes;

/// <summary>Locates the labelled note corpora by walking up from the test assembly directory.</summary>
internal static class CorpusFiles
{
    /// <summary>The shared development corpus, in <c>shared/corpus</c> beside the repository.</summary>
    public static string DevCorpusPath => FindUpwards(Path.Combine("shared", "corpus", "notes-dev.jsonl"));

    /// <summary>The extra labelled notes kept next to these tests.</summary>
    public static string ExtraCorpusPath => TestCorpusPath("notes-extra.jsonl");

    /// <summary>Returns the path of a labelled corpus file kept next to these tests.</summary>
    public static string TestCorpusPath(string fileName) => FindUpwards(Path.Combine("tests", "GrowBot.Coaching.Tests", "Notes", fileName));

    /// <summary>The repository root: the nearest parent directory of the test assembly that contains GrowBot.sln.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(FindUpwards("GrowBot.sln"))!;

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
            + "The development corpus is expected in shared/corpus next to the repository checkout.");
    }
}
