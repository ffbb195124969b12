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

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "Preparation {PreparationId} opened in tenant {TenantId} at stage {Stage}")]
    public static partial void PreparationOpened(this ILogger logger, string tenantId, string preparationId, string stage);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Preparation {PreparationId} in tenant {TenantId} moved to {Stage}, completed {Completed}")]
    public static partial void PreparationStageChanged(this ILogger logger, string tenantId, string preparationId, string stage, bool completed);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Information, Message = "Preparation {PreparationId} in tenant {TenantId}: option {Kind} recorded")]
    public static partial void PreparationOptionRecorded(this ILogger logger, string tenantId, string preparationId, string kind);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Information, Message = "Preparation {PreparationId} in tenant {TenantId}: action item {ItemId} created")]
    public static partial void ActionItemCreated(this ILogger logger, string tenantId, string preparationId, string itemId);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Warning, Message = "Preparation card action of {ActorId} for preparation {PreparationId} rejected")]
    public static partial void PreparationActionRejected(this ILogger logger, string actorId, string? preparationId);

    [LoggerMessage(EventId = 3025, Level = LogLevel.Information, Message = "Check-in of preparation {PreparationId} in tenant {TenantId} sent")]
    public static partial void CheckInSent(this ILogger logger, string tenantId, string preparationId);

    [LoggerMessage(EventId = 3026, Level = LogLevel.Information, Message = "Check-in of preparation {PreparationId} in tenant {TenantId} not sent: {Reason}")]
    public static partial void CheckInNotSent(this ILogger logger, string tenantId, string preparationId, string reason);

    [LoggerMessage(EventId = 3027, Level = LogLevel.Warning, Message = "Sending the check-in of preparation {PreparationId} in tenant {TenantId} failed with status {StatusCode}")]
    public static partial void CheckInSendFailed(this ILogger logger, Exception exception, string tenantId, string preparationId, int statusCode);

    [LoggerMessage(EventId = 3028, Level = LogLevel.Information, Message = "Check-in of preparation {PreparationId} in tenant {TenantId} answered")]
    public static partial void CheckInAnswered(this ILogger logger, string tenantId, string preparationId);

    [LoggerMessage(EventId = 3029, Level = LogLevel.Information, Message = "Portfolio shown in tenant {TenantId} with {EntryCount} employees")]
    public static partial void PortfolioShown(this ILogger logger, string tenantId, int entryCount);

    [LoggerMessage(EventId = 3030, Level = LogLevel.Information, Message = "Preparation {PreparationId} in tenant {TenantId}: notes of stage {Stage} analysed with {SignalCount} signals")]
    public static partial void PreparationNotesAnalysed(this ILogger logger, string tenantId, string preparationId, string stage, int signalCount);
}
