using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Queue;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Protocol.Hosting;

internal sealed partial class BotMessagesRequestHandler
{
    internal const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    private const string GeneratedIdPrefix = "generated:";

    /// <summary>
    /// Handles an invoke inline. A nameless invoke gets 200 with an empty body without calling the handler; a malformed
    /// <c>adaptiveCard/action</c> gets a Universal Action error response. Every other invoke goes to
    /// <see cref="IBotHandler.OnInvokeAsync"/>, which returns <see cref="InvokeResponse.NotImplemented"/> for names it
    /// does not handle; a null result is treated the same way.
    /// </summary>
    private async Task<IResult> HandleInvokeAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        InvokeResponse response = CheckInvoke(activity) ?? await CallInvokeHandlerAsync(context.RequestServices, activity, cancellationToken).ConfigureAwait(false);
        return response.Body is null
            ? Results.StatusCode(response.Status)
            : Results.Text(response.Body.ToJsonString(ProtocolJson.Options), "application/json", statusCode: response.Status);
    }

    private static InvokeResponse? CheckInvoke(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Name))
        {
            return InvokeResponse.Empty();
        }

        if (activity.Name != AdaptiveCardActionInvoke)
        {
            return null;
        }

        if (activity.Value is not JsonObject value || value["action"] is not JsonObject action)
        {
            return InvokeResponse.Error(400, "BadRequest", "The adaptiveCard/action invoke has no value.action.");
        }

        return action["type"] is JsonValue type && type.TryGetValue(out string? typeName) && typeName == "Action.Execute"
            ? null
            : InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported in adaptiveCard/action.");
    }

    private async Task<InvokeResponse> CallInvokeHandlerAsync(IServiceProvider services, Activity activity, CancellationToken cancellationToken)
    {
        var handler = services.GetRequiredService<IBotHandler>();
        var turn = new TurnContext(activity, services.GetRequiredService<IConnectorClient>());
        try
        {
            InvokeResponse? response = await handler.OnInvokeAsync(turn, cancellationToken).ConfigureAwait(false);
            return response ?? InvokeResponse.NotImplemented();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.InvokeFailed(exception, activity.Name, activity.Id);
            return activity.Name == AdaptiveCardActionInvoke
                ? InvokeResponse.Error(500, "ServiceError", "The action failed. Try again later.")
                : new InvokeResponse(StatusCodes.Status500InternalServerError, null);
        }
    }

    /// <summary>
    /// Encrypts and stores the activity with its de-duplication key, hands it to the workers and acknowledges with 200.
    /// A redelivery (same tenant, conversation and activity id) is acknowledged without a second turn.
    /// </summary>
    private async Task<IResult> EnqueueAsync(HttpContext context, Activity activity, CancellationToken cancellationToken)
    {
        IServiceProvider services = context.RequestServices;
        var row = new QueuedActivity(
            Guid.NewGuid(),
            ActivityFacts.TenantId(activity) ?? string.Empty,
            activity.Conversation!.Id!,
            string.IsNullOrEmpty(activity.Id) ? GeneratedIdPrefix + Guid.NewGuid().ToString("N") : activity.Id,
            services.GetRequiredService<InboundPayloadProtector>().Protect(activity),
            services.GetRequiredService<TimeProvider>().GetUtcNow());

        if (!await services.GetRequiredService<IInboundActivityQueue>().TryEnqueueAsync(row, cancellationToken).ConfigureAwait(false))
        {
            _logger.DuplicateDropped(row.ConversationId, row.ActivityId);
            return Results.Ok();
        }

        services.GetRequiredService<InboundDispatcher>().Post(row);
        return Results.Ok();
    }
}
