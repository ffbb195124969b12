using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrowBot.Integrations.Import;

/// <summary>What an import file holds.</summary>
public enum ImportKind
{
    Metrics,
    People,
}

/// <summary>
/// How the columns of an import file map to GrowBot fields, read from a JSON mapping file:
/// <code>
/// { "kind": "metrics", "delimiter": ",",
///   "columns": { "Employee No": "personId", "Quarter": "periodStart", "Score": "value" },
///   "defaults": { "metricCode": "rating", "period": "Quarter", "source": "hris-export" } }
/// </code>
/// A column named like a GrowBot field needs no entry in <c>columns</c>; <c>defaults</c> fill fields no column sets.
/// For an Excel workbook, <c>"sheet": "Ratings"</c> names the worksheet to read instead of the first one, and
/// <c>delimiter</c> does not apply.
/// </summary>
public sealed record ImportMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public ImportKind Kind { get; init; } = ImportKind.Metrics;

    public string Delimiter { get; init; } = ",";

    /// <summary>The worksheet of an Excel workbook to read; null reads the first one. CSV files ignore it.</summary>
    public string? Sheet { get; init; }

    /// <summary>File column → GrowBot field.</summary>
    public Dictionary<string, string> Columns { get; init; } = [];

    /// <summary>GrowBot field → value used when no column sets it.</summary>
    public Dictionary<string, string> Defaults { get; init; } = [];

    /// <summary>Reads a mapping file; throws <see cref="FormatException"/> with the reason for an invalid one.</summary>
    public static ImportMapping Parse(string json)
    {
        try
        {
            ImportMapping mapping = JsonSerializer.Deserialize<ImportMapping>(json, Json) ?? throw new FormatException("The mapping is the JSON literal null.");
            string[] known = mapping.Kind == ImportKind.Metrics ? ImportFields.Metric : ImportFields.Person;
            string[] unknown = mapping.Columns.Values.Concat(mapping.Defaults.Keys).Where(f => !known.Contains(f, StringComparer.Ordinal)).Distinct().ToArray();
            return unknown.Length == 0
                ? mapping
                : throw new FormatException($"Unknown GrowBot fields for {mapping.Kind}: {string.Join(", ", unknown)}. Known fields: {string.Join(", ", known)}.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"The mapping is not valid JSON for an import mapping: {exception.Message}", exception);
        }
    }
}

/// <summary>GrowBot field names of the importable records, as in the ingest API.</summary>
public static class ImportFields
{
    public static readonly string[] Metric = ["personId", "metricCode", "period", "periodStart", "value", "source", "asOf"];

    public static readonly string[] Person =
    [
        "id", "aadObjectId", "email", "nameEn", "nameZh", "aliases", "jobTitleEn", "jobTitleZh", "departmentId", "managerId",
        "preferredLocale", "timeZone", "active", "leftOn",
    ];
}
