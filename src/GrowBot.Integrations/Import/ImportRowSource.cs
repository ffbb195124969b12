namespace GrowBot.Integrations.Import;

/// <summary>One data row of an import file: its line number in the file and its cell texts in header order.</summary>
/// <param name="Line">The line of a CSV file, or the row number of a worksheet.</param>
/// <param name="Values">Trimmed cell texts by column, null or empty for a missing value.</param>
public sealed record ImportRow(int Line, IReadOnlyList<string?> Values);

/// <summary>
/// The rows of an import file as text: a header row, then data rows. CSV files and Excel workbooks
/// implement it, and <see cref="FileImporter"/> maps, validates and writes the rows alike.
/// </summary>
public interface IImportRowSource : IAsyncDisposable
{
    /// <summary>Reads the column names, or returns an empty array when the file has no header row.</summary>
    Task<string[]> ReadHeaderAsync(CancellationToken cancellationToken);

    /// <summary>Reads the data rows after the header.</summary>
    IAsyncEnumerable<ImportRow> ReadRowsAsync(CancellationToken cancellationToken);
}

/// <summary>Opens an import file by its extension.</summary>
public static class ImportFile
{
    /// <summary>
    /// Returns the rows of a workbook for .xlsx, and of a CSV file otherwise; throws <see cref="ImportFileException"/>
    /// for a workbook that cannot be read and for the old binary .xls format.
    /// </summary>
    public static IImportRowSource Open(string path, ImportMapping mapping)
    {
        string extension = Path.GetExtension(path);
        if (extension.Equals(".xls", StringComparison.OrdinalIgnoreCase))
        {
            throw new ImportFileException($"'{path}' is an Excel 97-2003 workbook (.xls), which import does not read: open it in Excel and save it as .xlsx or CSV, then import that file.");
        }

        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new WorkbookRowSource(path, mapping.Sheet);
        }

        var reader = new StreamReader(path);
        try
        {
            return new CsvRowSource(reader, mapping.Delimiter, leaveOpen: false);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }
}
