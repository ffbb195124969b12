using Microsoft.Extensions.Logging;

namespace GrowBot.Bot;

/// <summary>Log messages of the Teams application layer, EventIds 3000–3099. They carry ids and outcomes, never content.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Debug, Message = "Command {Command} handled in conversation {ConversationId}")]
    public static partial void CommandHandled(this ILogger logger, string command, string? conversationId);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Activity of type {ActivityType} ignored, id {ActivityId}")]
    public static partial void ActivityIgnored(this ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Welcome sent in conversation {ConversationId}")]
    public static partial void WelcomeSent(this ILogger logger, string? conversationId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Conversation {ConversationId} marked stale after installationUpdate {Action}")]
    public static partial void ConversationMarkedStale(this ILogger logger, string conversationId, string action);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Invoke {InvokeName} rejected: {Reason}, id {ActivityId}")]
    public static partial void InvokeRejected(this ILogger logger, string? invokeName, string reason, string? activityId);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Prepare in tenant {TenantId}: {Outcome}, {MatchCount} assigned matches")]
    public static partial void PrepareOutcome(this ILogger logger, string tenantId, string outcome, int matchCount);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Card action of {ActorId} for person {PersonId} rejected: not assigned")]
    public static partial void SelectionRejected(this ILogger logger, string actorId, string? personId);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Sending the error message of turn {ActivityId} failed")]
    public static partial void ErrorReplyFailed(this ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Turn {ActivityId} from an unknown user in tenant {TenantId}")]
    public static partial void UnknownUser(this ILogger logger, string? activityId, string? tenantId);
}
