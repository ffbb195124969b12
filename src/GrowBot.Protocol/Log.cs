using Microsoft.Extensions.Logging;

namespace GrowBot.Protocol;

/// <summary>Log events of the protocol layer (event ids 1000-1099). Only ids, types, counts and durations are logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Debug, "Activity received: type {ActivityType}, id {ActivityId}, channel {ChannelId}")]
    public static partial void ActivityReceived(this ILogger logger, string? activityType, string? activityId, string? channelId);

    [LoggerMessage(1001, LogLevel.Warning, "Inbound authentication failed: {Reason}")]
    public static partial void AuthenticationFailed(this ILogger logger, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Duplicate activity dropped: conversation {ConversationId}, id {ActivityId}")]
    public static partial void DuplicateDropped(this ILogger logger, string conversationId, string activityId);

    [LoggerMessage(1003, LogLevel.Information, "Turn completed: type {ActivityType}, id {ActivityId}, {DurationMs} ms")]
    public static partial void TurnCompleted(this ILogger logger, string? activityType, string? activityId, long durationMs);

    [LoggerMessage(1004, LogLevel.Error, "Turn failed: type {ActivityType}, id {ActivityId}")]
    public static partial void TurnFailed(this ILogger logger, Exception exception, string? activityType, string? activityId);

    [LoggerMessage(1005, LogLevel.Error, "Turn error handler failed: id {ActivityId}")]
    public static partial void TurnErrorHandlerFailed(this ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(1006, LogLevel.Warning, "Connector call retried: status {StatusCode}, attempt {Attempt}, delay {DelayMs} ms")]
    public static partial void ConnectorRetry(this ILogger logger, int statusCode, int attempt, long delayMs);

    [LoggerMessage(1007, LogLevel.Information, "Conversation reference marked stale: conversation {ConversationId}, reason {Reason}")]
    public static partial void ReferenceMarkedStale(this ILogger logger, string conversationId, string reason);

    [LoggerMessage(1008, LogLevel.Warning, "No MicrosoftAppId is configured: local development mode. Inbound requests without a token are accepted, outbound calls carry no token, and only loopback addresses may be used")]
    public static partial void LocalDevelopmentMode(this ILogger logger);

    [LoggerMessage(1009, LogLevel.Error, "Queued activity {QueueId} dropped after {Attempts} attempts")]
    public static partial void QueuedActivityAbandoned(this ILogger logger, Guid queueId, int attempts);

    [LoggerMessage(1010, LogLevel.Error, "Queued activity {QueueId} could not be decrypted or read and was dropped")]
    public static partial void QueuedActivityUnreadable(this ILogger logger, Exception exception, Guid queueId);

    [LoggerMessage(1011, LogLevel.Information, "Recovered {Count} pending activities from the inbound queue")]
    public static partial void QueueRecovered(this ILogger logger, int count);

    [LoggerMessage(1012, LogLevel.Error, "Inbound queue operation failed")]
    public static partial void QueueOperationFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1013, LogLevel.Error, "Invoke {InvokeName} failed: id {ActivityId}")]
    public static partial void InvokeFailed(this ILogger logger, Exception exception, string? invokeName, string? activityId);

    [LoggerMessage(1014, LogLevel.Warning, "Connector call failed: status {StatusCode}, code {ErrorCode}")]
    public static partial void ConnectorCallFailed(this ILogger logger, int statusCode, string? errorCode);
}
