using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Json;

namespace GrowBot.Protocol.Connector;

/// <summary>One REST call: target, the tenant and conversation it concerns, and the JSON body.</summary>
internal sealed record ConnectorCall(HttpMethod Method, string ServiceUrl, string Path, string? TenantId, string? ConversationId, JsonNode? Body);

internal sealed partial class ConnectorClient
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>
    /// Sends the call with a token (if the URL is trusted), retrying 412, 429, 502, 503 and 504 a bounded number of
    /// times. Other failures throw <see cref="ConnectorException"/>. The caller disposes the returned response.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        string? token = await GetTokenForAsync(call, cancellationToken).ConfigureAwait(false);
        Uri uri = BuildUri(call.ServiceUrl, call.Path);

        for (int attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(call.Method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (call.Body is not null)
            {
                request.Content = new StringContent(call.Body.ToJsonString(ProtocolJson.Options), Encoding.UTF8, "application/json");
            }

            HttpResponseMessage response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            if (RetriedStatuses.Contains(response.StatusCode) && attempt <= _protocol.ConnectorRetry.MaxRetries)
            {
                TimeSpan delay = RetryDelay(response, attempt);
                _logger.ConnectorRetry((int)response.StatusCode, attempt, (long)delay.TotalMilliseconds);
                response.Dispose();
                await _delay.DelayAsync(delay, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                throw await CreateExceptionAsync(call, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<string?> GetTokenForAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        if (_framework.IsLocalDevelopment)
        {
            // Unauthenticated activities choose their own serviceUrl. In local development mode the bot therefore
            // sends only to loopback, so that a local caller cannot make it send requests to other hosts.
            if (!IsLoopbackHttpUrl(call.ServiceUrl))
            {
                throw new InvalidOperationException(
                    $"The service URL '{call.ServiceUrl}' is not a loopback http(s) address. In local development mode (no MicrosoftAppId) the bot sends only to loopback; configure MicrosoftAppId to talk to Teams.");
            }

            return null;
        }

        if (!await IsTrustedAsync(call, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                $"The service URL '{call.ServiceUrl}' was not seen in an authenticated activity of tenant '{call.TenantId ?? "(none)"}', so the bot token is not sent to it. Use the serviceUrl of a stored conversation reference.");
        }

        return await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsLoopbackHttpUrl(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.IsLoopback;

    // The in-memory set covers activities since start; the reference store covers conversations seen before.
    private async Task<bool> IsTrustedAsync(ConnectorCall call, CancellationToken cancellationToken)
    {
        if (_trusted.IsTrusted(call.TenantId, call.ServiceUrl))
        {
            return true;
        }

        if (call.TenantId is null
            || !await _references.IsKnownServiceUrlAsync(call.TenantId, call.ServiceUrl, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        _trusted.Trust(call.TenantId, call.ServiceUrl);
        return true;
    }

    private static Uri BuildUri(string serviceUrl, string path)
    {
        string baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(new Uri(baseUrl, UriKind.Absolute), path);
    }

    private TimeSpan RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests && response.Headers.RetryAfter is { } retryAfter)
        {
            TimeSpan requested = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
            return requested < TimeSpan.Zero ? TimeSpan.Zero
                : requested > _protocol.ConnectorRetry.MaxRetryAfter ? _protocol.ConnectorRetry.MaxRetryAfter
                : requested;
        }

        double exponential = _protocol.ConnectorRetry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        double jittered = exponential * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, _protocol.ConnectorRetry.MaxDelay.TotalMilliseconds));
    }

    private async Task<ConnectorException> CreateExceptionAsync(ConnectorCall call, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        int status = (int)response.StatusCode;
        string body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        (string? code, string? message) = ParseError(body);
        _logger.ConnectorCallFailed(status, code);

        if (IsStaleReason(status, code) && call.TenantId is not null && call.ConversationId is not null)
        {
            await _references.MarkStaleAsync(call.TenantId, call.ConversationId, code!, cancellationToken).ConfigureAwait(false);
            _logger.ReferenceMarkedStale(call.ConversationId, code!);
        }

        return new ConnectorException(status, code,
            $"Connector {call.Method} {call.Path} failed with {status} {code ?? "(no error code)"}: {message ?? "(no message)"}");
    }

    private static bool IsStaleReason(int status, string? code) => (status, code) switch
    {
        (403, ConnectorErrorCodes.BotNotInConversationRoster) => true,
        (403, ConnectorErrorCodes.ConversationBlockedByUser) => true,
        (403, ConnectorErrorCodes.BotDisabledByAdmin) => true,
        (403, ConnectorErrorCodes.MessageWritesBlocked) => true,
        (404, ConnectorErrorCodes.ConversationNotFound) => true,
        _ => false,
    };

    /// <summary>
    /// Reads <c>{"error":{"code","message"}}</c>, or the <c>{"errorCode":209,"message":"{...\"subCode\":...}"}</c>
    /// form, where the sub code (if any) becomes the code.
    /// </summary>
    internal static (string? Code, string? Message) ParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            JsonNode? root = JsonNode.Parse(body);
            if (root?["error"] is JsonObject error)
            {
                return (AsString(error["code"]), AsString(error["message"]));
            }

            if (root?["errorCode"] is JsonNode errorCode)
            {
                string? message = AsString(root["message"]);
                return (SubCode(message) ?? errorCode.ToJsonString().Trim('"'), message);
            }
        }
        catch (JsonException)
        {
        }

        return (null, null);
    }

    private static string? SubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            return AsString(JsonNode.Parse(message)?["subCode"]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) ? text : node?.ToJsonString();
}

/// <summary>Waits between connector retries; tests replace it to run without real delays.</summary>
internal class ConnectorDelay
{
    public virtual Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Task.Delay(delay, cancellationToken);
}
