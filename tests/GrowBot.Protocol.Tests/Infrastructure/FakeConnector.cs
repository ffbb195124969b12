using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>One request the fake connector received; <c>Path</c> is the raw request target, still escaped.</summary>
public sealed record ConnectorRequest(string Method, string Path, string? Authorization, string Body);

/// <summary>One scripted response of the fake connector.</summary>
public sealed record ScriptedResponse(int Status, string Body = "", string? RetryAfter = null);

/// <summary>
/// A loopback Bot Connector. It returns the scripted responses in order, then 201 with a new activity id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<ConnectorRequest> _requests = new();
    private LoopbackServer? _server;

    public string ServiceUrl => _server!.BaseUrl;

    public IReadOnlyList<ConnectorRequest> Requests => _requests.ToList();

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (ScriptedResponse response in responses)
        {
            _script.Enqueue(response);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync();
        _requests.Enqueue(new ConnectorRequest(context.Request.Method, context.Features.Get<IHttpRequestFeature>()!.RawTarget, context.Request.Headers.Authorization, body));

        ScriptedResponse response = _script.TryDequeue(out ScriptedResponse? next)
            ? next
            : new ScriptedResponse(201, $"{{\"id\":\"reply-{_requests.Count}\"}}");
        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = response.RetryAfter;
        }

        if (response.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
