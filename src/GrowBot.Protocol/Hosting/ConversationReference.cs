namespace GrowBot.Protocol.Hosting;

/// <summary>
/// What the bot needs to message a user proactively: the conversation, its service URL and the
/// channel ids of both sides. Stored per tenant and user.
/// </summary>
public sealed record ConversationReference(
    string TenantId,
    string UserId,
    string? AadObjectId,
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string BotId,
    string ChannelId,
    DateTimeOffset UpdatedAt,
    bool IsStale = false,
    string? StaleReason = null);

/// <summary>Persistence of conversation references (tenant-partitioned).</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference of (tenant, user, conversation); clears the stale flag.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Returns the freshest non-stale personal-chat reference of the user, by Entra object id.</summary>
    Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Marks every reference to the conversation stale, with the connector's error code as the reason.</summary>
    Task MarkStaleAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken);

    /// <summary>True when the service URL was seen in a validated activity of this tenant.</summary>
    Task<bool> IsKnownServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken);
}
