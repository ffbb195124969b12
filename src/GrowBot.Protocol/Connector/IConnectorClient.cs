using GrowBot.Protocol.Activities;

namespace GrowBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (v3) as far as GrowBot uses it. Every method takes the service URL of the
/// conversation; bearer tokens are sent only to service URLs trusted for the tenant.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts an activity to a conversation; returns the new activity id, or null when the channel answered 202 without one.</summary>
    Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Posts a reply to an activity; returns the new activity id, or null.</summary>
    Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces an activity that the bot sent earlier (PUT).</summary>
    Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Creates (or finds) the 1:1 conversation of the bot and a user for proactive messages.</summary>
    Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken);

    /// <summary>Reads one member of a conversation; null when the member is not found.</summary>
    Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken);
}

/// <summary>
/// A connector call that failed with an error the caller must not retry (for example 403
/// BotNotInConversationRoster or 404 ConversationNotFound).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(int statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public int StatusCode { get; }

    public string? ErrorCode { get; }
}
