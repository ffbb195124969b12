using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel;

/// <summary>Log messages of the local channel (event ids 7100–7199). No message text or card content is logged.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Local browser chat is enabled at {PageUrl}: it accepts loopback requests only and is meant for development")]
    public static partial void LocalChannelEnabled(this ILogger logger, string pageUrl);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Local browser chat is not mapped: {Reason}")]
    public static partial void LocalChannelDisabled(this ILogger logger, string reason);

    [LoggerMessage(EventId = 7110, Level = LogLevel.Information, Message = "Local conversation {ConversationId} started")]
    public static partial void ConversationStarted(this ILogger logger, string conversationId);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Direct Line request rejected with 403: unknown or expired token, or a conversation the token does not belong to")]
    public static partial void TokenRejected(this ILogger logger);

    [LoggerMessage(EventId = 7120, Level = LogLevel.Debug, Message = "Delivered {ActivityType} {ActivityId} to the bot: HTTP {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void Delivered(this ILogger logger, string? activityType, string? activityId, int statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 7121, Level = LogLevel.Warning, Message = "The bot responded to {ActivityType} {ActivityId} with HTTP {StatusCode}")]
    public static partial void DeliveryRejected(this ILogger logger, string? activityType, string? activityId, int statusCode);

    [LoggerMessage(EventId = 7122, Level = LogLevel.Error, Message = "Delivering {ActivityType} {ActivityId} to the bot failed")]
    public static partial void DeliveryFailed(this ILogger logger, string? activityType, string? activityId, Exception exception);

    [LoggerMessage(EventId = 7130, Level = LogLevel.Debug, Message = "Bot {Operation} activity {ActivityId} in {ConversationId}")]
    public static partial void ConnectorCall(this ILogger logger, string operation, string activityId, string conversationId);

    [LoggerMessage(EventId = 7131, Level = LogLevel.Warning, Message = "Bot called the local connector for unknown conversation or activity ({Operation}, {ConversationId})")]
    public static partial void ConnectorNotFound(this ILogger logger, string operation, string conversationId);
}
