using Microsoft.Extensions.Logging;

namespace GrowBot.Storage;

/// <summary>Log messages of the storage layer (event ids 3000–3099).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Database ready: provider {Provider}, {MigrationCount} migrations applied in {ElapsedMs} ms")]
    public static partial void DatabaseMigrated(this ILogger logger, DatabaseProvider provider, int migrationCount, long elapsedMs);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Demo company seeded into tenant {TenantId}")]
    public static partial void DemoSeeded(this ILogger logger, string tenantId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Demo company not seeded: tenant {TenantId} already has people")]
    public static partial void DemoAlreadyPresent(this ILogger logger, string tenantId);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Debug, Message = "Inbound activity dropped as a redelivery: tenant {TenantId}, activity {ActivityId}")]
    public static partial void DuplicateActivityDropped(this ILogger logger, string tenantId, string activityId);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Conversation reference of tenant {TenantId} was inserted concurrently by another turn; keeping that row")]
    public static partial void ReferenceInsertRaced(this ILogger logger, string tenantId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Database initialization failed for provider {Provider}")]
    public static partial void DatabaseInitializationFailed(this ILogger logger, DatabaseProvider provider, Exception exception);
}
