using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GrowBot.Web.Tests.Fakes;

/// <summary>
/// A loopback Bot Connector that records every request the bot sends and returns 201 with a new activity id.
/// Tests point activities' serviceUrl at <see cref="ServiceUrl"/>.
/// </summary>
public sealed class FakeConnectorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly SemaphoreSlim _arrivals = new(0);
    private int _nextId;

    private FakeConnectorServer(WebApplication app)
    {
        _app = app;
    }

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeConnectorServer> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        FakeConnectorServer server = new(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.ServiceUrl = address.TrimEnd('/') + "/connector/";
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived in total, or throws after the timeout.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        using CancellationTokenSource cancellation = new(timeout ?? TimeSpan.FromSeconds(15));
        while (_requests.Count < count)
        {
            try
            {
                await _arrivals.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} connector requests, got {_requests.Count}.");
            }
        }

        return _requests.ToArray();
    }

    /// <summary>Waits a short, fixed time and returns what arrived, so that a test can assert that nothing was sent.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> SettleAsync(TimeSpan? quietPeriod = null)
    {
        await Task.Delay(quietPeriod ?? TimeSpan.FromMilliseconds(700));
        return _requests.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using StreamReader reader = new(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        JsonNode? json = body.Length == 0 ? null : JsonNode.Parse(body);
        // The raw target keeps the escaping of the path as the bot sent it (Kestrel unescapes Request.Path).
        string rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
        _requests.Enqueue(new RecordedRequest(context.Request.Method, rawTarget, json, context.Request.Headers.Authorization.ToString()));
        _arrivals.Release();

        context.Response.StatusCode = context.Request.Method == HttpMethods.Get ? 200 : 201;
        string id = $"activity-{Interlocked.Increment(ref _nextId)}";
        await context.Response.WriteAsJsonAsync(new { id });
    }
}

/// <summary>One request the bot sent to the fake connector.</summary>
public sealed record RecordedRequest(string Method, string Path, JsonNode? Body, string Authorization)
{
    /// <summary>The Adaptive Card of the first attachment, or null.</summary>
    public JsonObject? Card => Body?["attachments"]?[0]?["content"] as JsonObject;

    /// <summary>The text of the activity plus the JSON of its card (non-ASCII unescaped), for assertions on wording.</summary>
    public string AllText => (Body?["text"]?.GetValue<string>() ?? string.Empty) + "\n" + (Card?.ToJsonString(Unescaped) ?? string.Empty);

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
