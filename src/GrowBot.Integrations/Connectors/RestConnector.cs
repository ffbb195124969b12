using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GrowBot.Integrations.Connectors;

/// <summary>
/// Reads one source system through the REST contract of docs/connector-api.yaml. Calls go through the
/// connector's HttpClient (timeout, retries, circuit breaker); results are cached with their retrieval time,
/// and an older result is returned while the source is down.
/// </summary>
public sealed class RestConnector
{
    private readonly HttpClient _http;
    private readonly ConnectorTokenSource? _tokens;
    private readonly IMemoryCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    internal RestConnector(ConnectorOptions options, IHttpClientFactory httpClientFactory, IMemoryCache cache, TimeProvider timeProvider, ILogger logger)
    {
        Options = options;
        _http = httpClientFactory.CreateClient(options.HttpClientName);
        _tokens = options.AuthMode == ConnectorAuthMode.ClientCredentials ? new ConnectorTokenSource(options, httpClientFactory) : null;
        _cache = cache;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public ConnectorOptions Options { get; }

    /// <summary>True when this connector reads the metric for the tenant.</summary>
    public bool Serves(string tenantId, string metricCode) =>
        (Options.TenantId is null || Options.TenantId == tenantId) && Options.Metrics.Contains(metricCode, StringComparer.Ordinal);

    /// <summary>Reads <c>GET people/{personId}/metrics/{metricCode}</c>. A failing source gives an Unavailable or Stale result instead of an exception.</summary>
    /// <remarks>NOTE: the source must know people by their GrowBot person id; there is no id mapping yet.</remarks>
    public async Task<ConnectorResult<MetricSeries>> GetMetricSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken)
    {
        var key = (Options.Name, tenantId, personId, metricCode);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        if (_cache.TryGetValue(key, out CachedSeries? cached) && now - cached!.RetrievedAt < Options.FreshFor)
        {
            return new ConnectorResult<MetricSeries>(cached.Series, ConnectorStatus.Cached, cached.RetrievedAt, cached.SkippedItems, null);
        }

        string path = $"people/{Uri.EscapeDataString(personId)}/metrics/{Uri.EscapeDataString(metricCode)}";
        long started = _timeProvider.GetTimestamp();
        try
        {
            JsonObject body = await GetJsonAsync(path, cancellationToken);
            (MetricSeries series, int skipped) = ConnectorResponseReader.ReadSeries(body, metricCode, Options, now);
            var entry = new CachedSeries(series, now, skipped);
            _cache.Set(key, entry, Options.KeepFor);
            _logger.ConnectorCallSucceeded(Options.Name, series.Points.Count, skipped, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return new ConnectorResult<MetricSeries>(series, ConnectorStatus.Fresh, now, skipped, null);
        }
        catch (Exception exception) when (IsSourceFailure(exception, cancellationToken))
        {
            string reason = Describe(exception);
            _logger.ConnectorCallFailed(Options.Name, reason, _timeProvider.GetElapsedTime(started).TotalMilliseconds);
            return cached is null
                ? new ConnectorResult<MetricSeries>(null, ConnectorStatus.Unavailable, null, 0, reason)
                : new ConnectorResult<MetricSeries>(cached.Series, ConnectorStatus.Stale, cached.RetrievedAt, cached.SkippedItems, reason);
        }
    }

    private async Task<JsonObject> GetJsonAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Options.BaseUrl, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Options.AuthMode == ConnectorAuthMode.ApiKey)
        {
            request.Headers.TryAddWithoutValidation(Options.ApiKeyHeader, Options.ApiKey);
        }
        else if (_tokens is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokens.GetTokenAsync(cancellationToken));
        }

        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorException($"HTTP {(int)response.StatusCode}");
        }

        await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject
            ?? throw new ConnectorException("the response is not a JSON object");
    }

    private static bool IsSourceFailure(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        HttpRequestException or TimeoutRejectedException or BrokenCircuitException or JsonException or ConnectorException => true,
        Microsoft.Identity.Client.MsalException => true,
        _ => false,
    };

    private static string Describe(Exception exception) => exception switch
    {
        TimeoutRejectedException or OperationCanceledException => "timed out",
        BrokenCircuitException => "circuit breaker open",
        JsonException => "invalid JSON",
        HttpRequestException http => http.StatusCode is { } status ? $"HTTP {(int)status}" : $"connection failed ({http.HttpRequestError})",
        Microsoft.Identity.Client.MsalException msal => $"token request failed ({msal.ErrorCode})",
        _ => exception.Message,
    };

    private sealed record CachedSeries(MetricSeries Series, DateTimeOffset RetrievedAt, int SkippedItems);
}

/// <summary>A source responded, but not with what the contract describes.</summary>
public sealed class ConnectorException(string message) : Exception(message);
