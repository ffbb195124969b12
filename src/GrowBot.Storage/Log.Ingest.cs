using Microsoft.Extensions.Logging;

namespace GrowBot.Storage;

internal static partial class Log
{
    [LoggerMessage(EventId = 3050, Level = LogLevel.Information, Message = "Ingest batch applied: tenant {TenantId}, {RecordCount} records, {EndedAssignments} assignments ended")]
    public static partial void IngestBatchApplied(this ILogger logger, string tenantId, int recordCount, int endedAssignments);
}
