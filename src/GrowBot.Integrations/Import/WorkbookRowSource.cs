using System.Globalization;
using System.Runtime.CompilerServices;
using MiniExcelLibs;

namespace GrowBot.Integrations.Import;

/// <summary>
/// The rows of one worksheet of an Excel workbook (.xlsx): the first worksheet, or the one the mapping names
/// in <see cref="ImportMapping.Sheet"/>. The first row with a value is the header, and later rows without any
/// value are skipped. Each row keeps its worksheet row number, and each cell becomes the text of <see cref="CellText"/>.
/// </summary>
public sealed class WorkbookRowSource : IImportRowSource
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0];
    private readonly string _path;
    private readonly FileStream _file;
    private readonly IEnumerator<IDictionary<string, object?>> _rows;
    private string[] _columns = [];
    private int _line;

    /// <summary>Opens the worksheet, or throws <see cref="ImportFileException"/> when the file is not a readable workbook or has no such sheet.</summary>
    public WorkbookRowSource(string path, string? sheet)
    {
        _path = path;
        _file = File.OpenRead(path);
        try
        {
            CheckSignature();
            string sheetName = SelectSheet(sheet);
            _rows = Read(() => _file.Query(useHeaderRow: false, sheetName: sheetName, excelType: ExcelType.XLSX)).Cast<IDictionary<string, object?>>().GetEnumerator();
        }
        catch
        {
            _file.Dispose();
            throw;
        }
    }

    public Task<string[]> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        while (NextRow() is { } row)
        {
            string?[] texts = row.Values.Select(CellText).ToArray();
            if (texts.Any(t => t is not null))
            {
                _columns = row.Keys.ToArray();
                return Task.FromResult(texts.Select(t => t ?? "").ToArray());
            }
        }

        return Task.FromResult<string[]>([]);
    }

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (NextRow() is { } row)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string?[] values = _columns.Select(column => CellText(row.TryGetValue(column, out object? value) ? value : null)).ToArray();
            if (values.Any(v => v is not null))
            {
                yield return new ImportRow(_line, values);
            }
        }

        await Task.CompletedTask;
    }

    /// <summary>
    /// Converts a cell value to the invariant text that the validators expect. Numbers have no exponent (4.2, 120),
    /// dates are yyyy-MM-dd, dates with a time of day become UTC instants, booleans are true or false, and an empty cell is null.
    /// </summary>
    public static string? CellText(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        bool flag => flag ? "true" : "false",
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture),
        // NOTE: MiniExcel detects a date cell by its number format, so a date with a format it does not know may
        // arrive as its serial number, which the validators then reject as not a date.
        double number => NumberText(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public ValueTask DisposeAsync()
    {
        _rows.Dispose();
        return _file.DisposeAsync();
    }

    /// <summary>
    /// Formats a number through decimal, which keeps 15 significant digits (as many as Excel shows) and prints no exponent.
    /// Magnitudes beyond the decimal range keep their round-trip form.
    /// </summary>
    private static string NumberText(double number) =>
        double.IsFinite(number) && Math.Abs(number) < 7.9e28
            ? ((decimal)number).ToString(CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);

    private IDictionary<string, object?>? NextRow()
    {
        if (!Read(_rows.MoveNext))
        {
            return null;
        }

        _line++;
        return _rows.Current;
    }

    private void CheckSignature()
    {
        Span<byte> start = stackalloc byte[4];
        int read = _file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        _file.Position = 0;
        if (read == start.Length && start.SequenceEqual(CompoundFileSignature))
        {
            throw new ImportFileException(
                $"'{_path}' is password-protected or an Excel 97-2003 workbook: remove the password (File > Info > Protect Workbook) or save it as .xlsx, then import again.");
        }

        if (read < start.Length || !start.SequenceEqual(ZipSignature))
        {
            throw new ImportFileException($"'{_path}' is not an Excel workbook: open it in Excel and save it as .xlsx, or export it as CSV with a .csv name.");
        }
    }

    private string SelectSheet(string? sheet)
    {
        List<string> names = Read(() => _file.GetSheetNames());
        _file.Position = 0;
        if (names.Count == 0)
        {
            throw new ImportFileException($"'{_path}' has no worksheet: open it in Excel, add the data on a worksheet and save it again.");
        }

        if (sheet is null)
        {
            return names[0];
        }

        return names.Find(name => string.Equals(name, sheet, StringComparison.OrdinalIgnoreCase))
            ?? throw new ImportFileException(
                $"'{_path}' has no worksheet named '{sheet}': set \"sheet\" in the mapping to one of {string.Join(", ", names.Select(n => $"'{n}'"))}, or remove it to read the first worksheet.");
    }

    /// <summary>
    /// Runs a read of the workbook. MiniExcel reports a damaged package, or one without sheets, with assorted exception
    /// types and messages that would not help an operator, so they all become one error with the fix.
    /// </summary>
    private T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not (ImportFileException or OperationCanceledException or OutOfMemoryException))
        {
            throw new ImportFileException(
                $"'{_path}' cannot be read as an Excel workbook, as it is damaged or has no worksheet: open it in Excel, check that it has a worksheet, save it again as .xlsx, and import again.",
                exception);
        }
    }
}
