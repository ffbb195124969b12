using System.Globalization;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Integrations.Connectors;

/// <summary>Applies a connector's field map and reads the contract's shapes; invalid items are skipped and counted.</summary>
internal static class ConnectorResponseReader
{
    /// <summary>Reads a metric series response; the points are ordered by period start.</summary>
    /// <exception cref="ConnectorException">The response has no <c>points</c> array.</exception>
    public static (MetricSeries Series, int Skipped) ReadSeries(JsonObject body, string metricCode, ConnectorOptions options, DateTimeOffset asOf)
    {
        JsonObject mapped = Map(body, options.FieldMap);
        if (mapped["points"] is not JsonArray items)
        {
            throw new ConnectorException("the response has no 'points' array");
        }

        string source = options.Name;
        var points = new List<MetricPoint>();
        int skipped = 0;
        foreach (JsonNode? item in items)
        {
            MetricPoint? point = item is JsonObject itemObject ? ReadPoint(Map(itemObject, options.FieldMap), options, source, asOf) : null;
            if (point is null)
            {
                skipped++;
                continue;
            }

            points.Add(point);
        }

        List<MetricPoint> ordered = points
            .GroupBy(p => (p.PeriodStart, p.Period))
            .Select(g => g.Last())
            .OrderBy(p => p.PeriodStart)
            .ToList();
        skipped += points.Count - ordered.Count;
        return (new MetricSeries(metricCode, ordered), skipped);
    }

    private static MetricPoint? ReadPoint(JsonObject item, ConnectorOptions options, string source, DateTimeOffset asOf)
    {
        if (!TryReadDate(item["periodStart"], out DateOnly start) || !TryReadDecimal(item["value"], out decimal value))
        {
            return null;
        }

        PeriodKind period = options.DefaultPeriod;
        if (item["period"] is JsonValue periodValue
            && !(periodValue.TryGetValue(out string? text) && Enum.TryParse(text, ignoreCase: true, out period) && Enum.IsDefined(period)))
        {
            return null;
        }

        return new MetricPoint(start, period, value, source, asOf);
    }

    private static bool TryReadDate(JsonNode? node, out DateOnly date)
    {
        date = default;
        return node is JsonValue value && value.TryGetValue(out string? text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool TryReadDecimal(JsonNode? node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        return value.TryGetValue(out number)
            || (value.TryGetValue(out string? text) && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out number));
    }

    /// <summary>Returns a copy of the object with every source field name of the map renamed to its GrowBot name.</summary>
    private static JsonObject Map(JsonObject source, IReadOnlyDictionary<string, string> fieldMap)
    {
        var mapped = new JsonObject();
        foreach ((string name, JsonNode? value) in source)
        {
            string target = fieldMap.GetValueOrDefault(name, name);
            mapped[target] = value?.DeepClone();
        }

        return mapped;
    }
}
