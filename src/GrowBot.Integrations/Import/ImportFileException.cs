namespace GrowBot.Integrations.Import;

/// <summary>An import file that cannot be read at all. Its message names the file and the fix.</summary>
public sealed class ImportFileException : Exception
{
    public ImportFileException(string message)
        : base(message)
    {
    }

    public ImportFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
