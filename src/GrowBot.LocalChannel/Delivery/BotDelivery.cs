using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Conversations;
using GrowBot.Protocol.Activities;
using Activity = GrowBot.Protocol.Activities.Activity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel.Delivery;

/// <summary>
/// Posts Teams-shaped activities to the host's own <c>/api/messages</c> over loopback HTTP, without an
/// Authorization header (the bot accepts that only in local development mode). An invoke's inline response is
/// applied to the transcript as Teams would show it: a card replaces the clicked card, a message is shown.
/// </summary>
internal sealed class BotDelivery
{
    public const string HttpClientName = "GrowBot.LocalChannel";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly HostLoopbackAddress _address;
    private readonly TimeProvider _timeProvider;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BotDelivery> _logger;

    public BotDelivery(
        IHttpClientFactory httpClientFactory,
        HostLoopbackAddress address,
        TimeProvider timeProvider,
        IHostApplicationLifetime lifetime,
        ILogger<BotDelivery> logger)
    {
        _httpClientFactory = httpClientFactory;
        _address = address;
        _timeProvider = timeProvider;
        _lifetime = lifetime;
        _logger = logger;
    }

    /// <summary>Queues the activity for delivery after the conversation's earlier ones; returns the delivery task.</summary>
    public Task EnqueueAsync(LocalConversation conversation, Activity activity) =>
        conversation.EnqueueDelivery(() => DeliverAsync(conversation, activity, _lifetime.ApplicationStopping));

    private async Task DeliverAsync(LocalConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        try
        {
            HttpClient client = _httpClientFactory.CreateClient(HttpClientName);
            using HttpResponseMessage response = await client.PostAsJsonAsync(_address.BotEndpoint, activity, LocalChannelJson.Options, cancellationToken);
            int status = (int)response.StatusCode;
            _logger.Delivered(activity.Type, activity.Id, status, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            if (!response.IsSuccessStatusCode)
            {
                _logger.DeliveryRejected(activity.Type, activity.Id, status);
                Transcript.AppendNotice(
                    conversation,
                    $"The bot responded with HTTP {status}; see the server log.",
                    $"机器人返回了 HTTP {status}，请查看服务器日志。",
                    _timeProvider.GetUtcNow());
                return;
            }

            if (activity.Type == ActivityTypes.Invoke)
            {
                await ApplyInvokeResponseAsync(conversation, activity, response, cancellationToken);
            }
        }
        // The delivery runs in the background, so every failure ends here and is shown in the chat.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.DeliveryFailed(activity.Type, activity.Id, exception);
            Transcript.AppendNotice(
                conversation,
                "The bot could not be reached at /api/messages; see the server log.",
                "无法通过 /api/messages 联系机器人，请查看服务器日志。",
                _timeProvider.GetUtcNow());
        }
    }

    private async Task ApplyInvokeResponseAsync(LocalConversation conversation, Activity invoke, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body) || JsonNode.Parse(body) is not JsonObject invokeResponse)
        {
            return;
        }

        DateTimeOffset now = _timeProvider.GetUtcNow();
        string? type = LocalChannelJson.GetString(invokeResponse, "type");
        JsonNode? value = invokeResponse["value"];
        switch (type)
        {
            case CardActions.AdaptiveCardContentType when value is JsonObject card:
                if (invoke.ReplyToId is null || !Transcript.ReplaceCard(conversation, invoke.ReplyToId, card))
                {
                    Transcript.AppendBotActivity(conversation, CardMessage(card), now);
                }

                break;
            case "application/vnd.microsoft.activity.message":
                string text = value is JsonValue textValue && textValue.TryGetValue(out string? message) ? message : value?.ToJsonString() ?? string.Empty;
                Transcript.AppendBotActivity(conversation, new JsonObject { ["type"] = "message", ["text"] = text }, now);
                break;
            case "application/vnd.microsoft.error":
                string errorMessage = LocalChannelJson.GetString(value, "message") ?? string.Empty;
                Transcript.AppendNotice(conversation, "The card action failed: " + errorMessage, "卡片操作失败：" + errorMessage, now);
                break;
        }
    }

    private static JsonObject CardMessage(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = CardActions.AdaptiveCardContentType,
            ["content"] = card.DeepClone(),
        }),
    };
}
