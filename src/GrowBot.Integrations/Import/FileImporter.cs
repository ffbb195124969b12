using GrowBot.Coaching.Ingest;

namespace GrowBot.Integrations.Import;

/// <summary>A row of an import file that was not written, with its line number in the file.</summary>
public sealed record RejectedRow(int Line, string Reason);

/// <summary>Rows written and rows rejected by an import.</summary>
public sealed record ImportReport(int Accepted, IReadOnlyList<RejectedRow> Rejected);

/// <summary>
/// Imports people or metric points from a CSV file or an Excel workbook through the ingest store, in batches of
/// <see cref="BatchSize"/> rows. Records are upserted by their natural keys, so running an import again
/// changes nothing. Invalid rows are reported and skipped; the valid rows are written.
/// </summary>
public sealed partial class FileImporter
{
    public const int BatchSize = 1000;
    private const int MaxRounds = 4;
    private readonly IIngestStore _store;
    private readonly TimeProvider _timeProvider;

    public FileImporter(IIngestStore store, TimeProvider timeProvider)
    {
        _store = store;
        _timeProvider = timeProvider;
    }

    /// <summary>Imports a CSV file read with the delimiter of <paramref name="mapping"/>.</summary>
    public async Task<ImportReport> ImportAsync(string tenantId, TextReader file, ImportMapping mapping, CancellationToken cancellationToken)
    {
        await using var rows = new CsvRowSource(file, mapping.Delimiter);
        return await ImportAsync(tenantId, rows, mapping, cancellationToken);
    }

    /// <summary>Imports the rows of a CSV file or a workbook.</summary>
    public async Task<ImportReport> ImportAsync(string tenantId, IImportRowSource rows, ImportMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        string[] header = await rows.ReadHeaderAsync(cancellationToken);
        if (header.Length == 0)
        {
            return new ImportReport(0, [new RejectedRow(1, "the file has no header row")]);
        }

        string[] missing = mapping.Columns.Keys.Where(column => !header.Contains(column, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            throw new ImportFileException(
                $"the header has no column {string.Join(", ", missing.Select(column => $"'{column}'"))} named in the mapping. "
                + $"It has {string.Join(", ", header.Select(column => $"'{column}'"))}. Fix the mapping's \"columns\", or set \"delimiter\" (CSV) or \"sheet\" (workbook).");
        }

        var rejected = new List<RejectedRow>();
        var pending = new List<(int Line, Dictionary<string, string> Fields)>();
        int accepted = 0;
        await foreach (ImportRow row in rows.ReadRowsAsync(cancellationToken))
        {
            Dictionary<string, string> fields = MapRow(header, row.Values, mapping);
            if (InvalidNumberField(fields) is string field)
            {
                rejected.Add(new RejectedRow(row.Line, $"{field}: must be a number such as 4.2"));
                continue;
            }

            pending.Add((row.Line, fields));
            if (pending.Count == BatchSize)
            {
                accepted += await WriteAsync(tenantId, mapping.Kind, pending, rejected, cancellationToken);
                pending.Clear();
            }
        }

        accepted += await WriteAsync(tenantId, mapping.Kind, pending, rejected, cancellationToken);
        return new ImportReport(accepted, rejected);
    }

    /// <summary>
    /// Validates the rows, drops invalid ones, and writes the rest. Each round drops the rows of one kind of
    /// error (fields, then duplicates, then references the store rejects), so four rounds suffice unless
    /// another writer changes the tenant meanwhile. Returns the number of rows written.
    /// </summary>
    private async Task<int> WriteAsync(
        string tenantId, ImportKind kind, List<(int Line, Dictionary<string, string> Fields)> rows, List<RejectedRow> rejected, CancellationToken cancellationToken)
    {
        List<(int Line, Dictionary<string, string> Fields)> remaining = rows.ToList();
        for (int round = 0; round < MaxRounds && remaining.Count > 0; round++)
        {
            IngestRequest request = ToRequest(kind, remaining.Select(r => r.Fields).ToList());
            (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate(tenantId, request, _timeProvider.GetUtcNow());
            if (batch is not null)
            {
                IngestResult result = await _store.ApplyAsync(batch, contentHash: "", cancellationToken);
                if (result.Outcome == IngestOutcome.Applied)
                {
                    return remaining.Count;
                }

                errors = result.Errors;
            }

            remaining = Reject(remaining, errors, rejected);
        }

        rejected.AddRange(remaining.Select(r => new RejectedRow(r.Line, "not written: the store kept rejecting the batch; run the import again")));
        return 0;
    }

    private static List<(int Line, Dictionary<string, string> Fields)> Reject(
        List<(int Line, Dictionary<string, string> Fields)> rows, IReadOnlyList<IngestError> errors, List<RejectedRow> rejected)
    {
        ILookup<int, IngestError> byIndex = errors.ToLookup(e => e.Index);
        var kept = new List<(int Line, Dictionary<string, string> Fields)>();
        for (int index = 0; index < rows.Count; index++)
        {
            if (byIndex[index].Any())
            {
                string reasons = string.Join("; ", byIndex[index].Select(e => $"{e.Field}: {e.Reason}"));
                rejected.Add(new RejectedRow(rows[index].Line, reasons));
            }
            else
            {
                kept.Add(rows[index]);
            }
        }

        return kept;
    }
}
