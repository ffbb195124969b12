namespace GrowBot.Integrations.Import;

/// <summary>One data row of an import file: its line number in the file and its cell texts in header order.</summary>
/// <param name="Line">The line of a CSV file, or the row number of a worksheet.</param>
/// <param name="Values">Trimmed cell texts by column; null or empty for a missing value.</param>
public sealed record ImportRow(int Line, IReadOnlyList<string?> Values);

/// <summary>
/// The rows of an import file as text: a header row, then data rows. CSV files and Excel workbooks
/// implement it, and <see cref="FileImporter"/> maps, validates and writes the rows alike.
/// </summary>
public interface IImportRowSource : IAsyncDisposable
{
    /// <summary>Reads the column names; an empty array when the file has no header row.</summary>
    Task<string[]> ReadHeaderAsync(CancellationToken cancellationToken);

    /// <summary>Reads the data rows after the header.</summary>
    IAsyncEnumerable<ImportRow> ReadRowsAsync(CancellationToken cancellationToken);
}
