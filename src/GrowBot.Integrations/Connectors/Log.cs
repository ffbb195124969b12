using Microsoft.Extensions.Logging;

namespace GrowBot.Integrations.Connectors;

/// <summary>Log messages of the connectors (event ids 6000–6049).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Debug, Message = "Connector {Connector}: {PointCount} points, {SkippedItems} items skipped, {ElapsedMs:F0} ms")]
    public static partial void ConnectorCallSucceeded(this ILogger logger, string connector, int pointCount, int skippedItems, double elapsedMs);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Connector {Connector} failed: {Reason} after {ElapsedMs:F0} ms")]
    public static partial void ConnectorCallFailed(this ILogger logger, string connector, string reason, double elapsedMs);
}
