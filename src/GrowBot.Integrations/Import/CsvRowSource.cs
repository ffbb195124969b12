using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace GrowBot.Integrations.Import;

/// <summary>The rows of a CSV file with a header line, split at the mapping's delimiter.</summary>
public sealed class CsvRowSource : IImportRowSource
{
    private readonly CsvReader _csv;

    /// <summary>
    /// Reads <paramref name="file"/>, which the caller disposes unless <paramref name="leaveOpen"/> is false;
    /// throws <see cref="FormatException"/> for a delimiter longer than one character.
    /// </summary>
    public CsvRowSource(TextReader file, string delimiter, bool leaveOpen = true)
    {
        var options = new CsvReaderOptions
        {
            Separator = delimiter.Length == 1 ? delimiter[0] : throw new FormatException($"The delimiter '{delimiter}' must be one character."),
            HasHeader = true,
            TrimWhitespace = true,
            TrackLineNumbers = true,
            IncludeValuesInExceptions = false,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        _csv = CsvReader.Create(file, options, leaveOpen);
    }

    public async Task<string[]> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        await _csv.ReadHeaderAsync(cancellationToken);
        return _csv.Headers.ToArray();
    }

    public async IAsyncEnumerable<ImportRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await _csv.ReadAsync(cancellationToken))
        {
            var values = new string?[_csv.FieldCount];
            for (int column = 0; column < values.Length; column++)
            {
                values[column] = _csv.GetString(column);
            }

            yield return new ImportRow((int)_csv.LineNumber, values);
        }
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
