namespace GrowBot.Web.Ingest;

/// <summary>Log messages of the ingest API (event ids 5100–5149).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Ingest request rejected: API key {Reason}")]
    public static partial void IngestUnauthorized(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Ingest batch of tenant {TenantId}: {Outcome}, {RecordCount} records, {ErrorCount} errors")]
    public static partial void IngestBatchHandled(this ILogger logger, string tenantId, Coaching.Ingest.IngestOutcome outcome, int recordCount, int errorCount);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Ingest request of tenant {TenantId} rejected: {Reason}")]
    public static partial void IngestRequestRejected(this ILogger logger, string tenantId, string reason);
}
