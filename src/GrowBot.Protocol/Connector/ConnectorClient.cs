using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Auth;
using GrowBot.Protocol.Cards;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client (typed <see cref="HttpClient"/>). Ids in paths are escaped with
/// <see cref="Uri.EscapeDataString(string)"/>; retries and error handling are in <c>ConnectorClient.Send.cs</c>.
/// </summary>
internal sealed partial class ConnectorClient : IConnectorClient
{
    private readonly HttpClient _http;
    private readonly IBotTokenProvider _tokens;
    private readonly TrustedServiceUrls _trusted;
    private readonly IConversationReferenceStore _references;
    private readonly BotFrameworkOptions _framework;
    private readonly BotProtocolOptions _protocol;
    private readonly ConnectorDelay _delay;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        HttpClient http,
        IBotTokenProvider tokens,
        TrustedServiceUrls trusted,
        IConversationReferenceStore references,
        IOptions<BotFrameworkOptions> framework,
        IOptions<BotProtocolOptions> protocol,
        ConnectorDelay delay,
        ILogger<ConnectorClient> logger)
    {
        _http = http;
        _tokens = tokens;
        _trusted = trusted;
        _references = references;
        _framework = framework.Value;
        _protocol = protocol.Value;
        _delay = delay;
        _logger = logger;
    }

    public async Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return await PostActivityAsync(serviceUrl, conversationId, path, HttpMethod.Post, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}";
        return await PostActivityAsync(serviceUrl, conversationId, path, HttpMethod.Post, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        await PostActivityAsync(serviceUrl, conversationId, path, HttpMethod.Put, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, string botId, string userId, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["isGroup"] = false,
            ["bot"] = new JsonObject { ["id"] = botId },
            ["members"] = new JsonArray(new JsonObject { ["id"] = userId }),
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        var call = new ConnectorCall(HttpMethod.Post, serviceUrl, "v3/conversations", tenantId, ConversationId: null, body);
        using HttpResponseMessage response = await SendAsync(call, cancellationToken).ConfigureAwait(false);
        return await ReadIdAsync(response, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectorException((int)response.StatusCode, null, "The connector created a conversation but returned no conversation id.");
    }

    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        string path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}";
        var call = new ConnectorCall(HttpMethod.Get, serviceUrl, path, TenantId: null, conversationId, Body: null);
        try
        {
            using HttpResponseMessage response = await SendAsync(call, cancellationToken).ConfigureAwait(false);
            return await response.Content.ReadFromJsonAsync<ChannelAccount>(ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (exception.StatusCode == 404 && exception.ErrorCode != ConnectorErrorCodes.ConversationNotFound)
        {
            return null;
        }
    }

    private async Task<string?> PostActivityAsync(string serviceUrl, string conversationId, string path, HttpMethod method, Activity activity, CancellationToken cancellationToken)
    {
        int size = MessageSize.Utf16Bytes(activity);
        if (size > _protocol.MaxMessageBytes)
        {
            throw new ConnectorException(413, ConnectorErrorCodes.MessageSizeTooBig,
                $"The activity is {size} bytes (UTF-16), more than Bot:MaxMessageBytes ({_protocol.MaxMessageBytes}); it was not sent. Shorten the message or card.");
        }

        JsonNode body = System.Text.Json.JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!;
        string? tenantId = ActivityFacts.TenantId(activity);
        var call = new ConnectorCall(method, serviceUrl, path, tenantId, conversationId, body);
        using HttpResponseMessage response = await SendAsync(call, cancellationToken).ConfigureAwait(false);
        return await ReadIdAsync(response, cancellationToken).ConfigureAwait(false);
    }

    // Teams may return 202 with an empty body, and then there is no id.
    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text)?["id"] is JsonValue id && id.TryGetValue(out string? value) && value.Length > 0 ? value : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>Error codes of the Bot Connector service that GrowBot reacts to.</summary>
public static class ConnectorErrorCodes
{
    public const string BotNotInConversationRoster = "BotNotInConversationRoster";
    public const string ConversationBlockedByUser = "ConversationBlockedByUser";
    public const string BotDisabledByAdmin = "BotDisabledByAdmin";
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    public const string ConversationNotFound = "ConversationNotFound";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
}
