using System.Text.Json;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Auth;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Hosting;

/// <summary>
/// Handles <c>POST /api/messages</c>: size limit (413), authentication (401), JSON (400), the activity checks that
/// need the activity (401), required fields (400 problem details), then invokes inline and everything else queued.
/// </summary>
internal sealed partial class BotMessagesRequestHandler
{
    private readonly BotRequestAuthenticator _authenticator;
    private readonly TrustedServiceUrls _trusted;
    private readonly BotProtocolOptions _options;
    private readonly ILogger<BotMessagesRequestHandler> _logger;

    public BotMessagesRequestHandler(
        BotRequestAuthenticator authenticator,
        TrustedServiceUrls trusted,
        IOptions<BotProtocolOptions> options,
        ILogger<BotMessagesRequestHandler> logger)
    {
        _authenticator = authenticator;
        _trusted = trusted;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        CancellationToken cancellationToken = context.RequestAborted;
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.Headers.Allow = "POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        byte[]? body = await ReadBodyAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        AuthenticationOutcome outcome = await _authenticator.AuthenticateAsync(context.Request.Headers.Authorization, cancellationToken).ConfigureAwait(false);
        if (outcome.Identity is null)
        {
            return Unauthorized(outcome.FailureReason!);
        }

        Activity? activity = TryParse(body);
        if (activity is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: "The request body is not a JSON activity object.");
        }

        string? mismatch = outcome.Identity.CheckActivity(activity);
        if (mismatch is not null)
        {
            return Unauthorized(mismatch);
        }

        string? missing = MissingField(activity);
        if (missing is not null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid activity", detail: $"The activity has no '{missing}'.");
        }

        _logger.ActivityReceived(activity.Type, activity.Id, activity.ChannelId);
        RememberServiceUrl(outcome.Identity, activity);

        return activity.Type == ActivityTypes.Invoke
            ? await HandleInvokeAsync(context, activity, cancellationToken).ConfigureAwait(false)
            : await EnqueueAsync(context, activity, cancellationToken).ConfigureAwait(false);
    }

    private IResult Unauthorized(string reason)
    {
        _logger.AuthenticationFailed(reason);
        return Results.StatusCode(StatusCodes.Status401Unauthorized);
    }

    /// <summary>Reads the body up to the configured limit; returns null when it is larger.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        long limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Activity? TryParse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? MissingField(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Type) ? "type"
        : string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? "conversation.id"
        : string.IsNullOrWhiteSpace(activity.ServiceUrl) ? "serviceUrl"
        : null;

    // Only authenticated channel traffic makes a service URL trusted; local development sends no tokens anyway.
    private void RememberServiceUrl(BotIdentity identity, Activity activity)
    {
        string? tenantId = ActivityFacts.TenantId(activity);
        if (!identity.IsAnonymous && tenantId is not null)
        {
            _trusted.Trust(tenantId, activity.ServiceUrl!);
        }
    }
}
