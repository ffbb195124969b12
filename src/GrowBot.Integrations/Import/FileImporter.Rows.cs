using System.Globalization;
using GrowBot.Coaching.Ingest;

namespace GrowBot.Integrations.Import;

public sealed partial class FileImporter
{
    /// <summary>Returns GrowBot field → value of one row: mapped columns, then columns named like a field, then defaults.</summary>
    private static Dictionary<string, string> MapRow(string[] header, IReadOnlyList<string?> values, ImportMapping mapping)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int column = 0; column < Math.Min(header.Length, values.Count); column++)
        {
            string field = mapping.Columns.GetValueOrDefault(header[column], header[column]);
            string? value = values[column];
            if (!string.IsNullOrEmpty(value))
            {
                fields[field] = value;
            }
        }

        foreach ((string field, string value) in mapping.Defaults)
        {
            fields.TryAdd(field, value);
        }

        return fields;
    }

    private static IngestRequest ToRequest(ImportKind kind, List<Dictionary<string, string>> rows) => kind == ImportKind.People
        ? new IngestRequest(null, [], rows.Select(ToPerson).ToList(), [], [], [])
        : new IngestRequest(null, [], [], [], [], rows.Select(ToMetric).ToList());

    private static IngestMetricRecord ToMetric(Dictionary<string, string> row) => new(
        row.GetValueOrDefault("personId"), row.GetValueOrDefault("metricCode"), row.GetValueOrDefault("period"),
        row.GetValueOrDefault("periodStart"), Number(row.GetValueOrDefault("value")), row.GetValueOrDefault("source"),
        row.GetValueOrDefault("asOf"));

    private static IngestPersonRecord ToPerson(Dictionary<string, string> row) => new(
        row.GetValueOrDefault("id"), row.GetValueOrDefault("aadObjectId"), row.GetValueOrDefault("email"),
        row.GetValueOrDefault("nameEn"), row.GetValueOrDefault("nameZh"),
        row.GetValueOrDefault("aliases")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        row.GetValueOrDefault("jobTitleEn"), row.GetValueOrDefault("jobTitleZh"), row.GetValueOrDefault("departmentId"),
        row.GetValueOrDefault("managerId"), row.GetValueOrDefault("preferredLocale"), row.GetValueOrDefault("timeZone"),
        row.GetValueOrDefault("active") is { } active ? bool.TryParse(active, out bool isActive) ? isActive : null : null,
        row.GetValueOrDefault("leftOn"));

    /// <summary>Returns the first numeric field whose text is not a number, so that the row is rejected as such rather than as missing.</summary>
    private static string? InvalidNumberField(Dictionary<string, string> fields) =>
        fields.TryGetValue("value", out string? text) && Number(text) is null ? "value" : null;

    /// <summary>Parses an invariant-culture number; an empty value becomes null, which the validator reports as missing.</summary>
    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) ? value : null;
}
