using System.Collections.Concurrent;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>Records what the bot sends instead of calling a connector.</summary>
internal sealed class FakeConnectorClient : IConnectorClient
{
    public ConcurrentQueue<Activity> Sent { get; } = new();

    public bool FailSends { get; set; }

    /// <summary>The activities replaced through <see cref="UpdateActivityAsync"/>, by activity id; they are also in <see cref="Sent"/>.</summary>
    public ConcurrentQueue<(string ActivityId, Activity Activity)> Updates { get; } = new();

    /// <summary>The conversation ids that <see cref="SendToConversationAsync"/> posted to, in order.</summary>
    public ConcurrentQueue<string> Conversations { get; } = new();

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (FailSends)
        {
            throw new ConnectorException(403, "BotNotInConversationRoster", "The bot is not in the conversation.");
        }

        Sent.Enqueue(activity);
        Conversations.Enqueue(conversationId);
        return Task.FromResult<string?>("sent-" + Sent.Count);
    }

    public Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);

    public Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        Updates.Enqueue((activityId, activity));
        Sent.Enqueue(activity);
        return Task.CompletedTask;
    }

    public Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult("a:created");

    public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult<ChannelAccount?>(null);
}
