using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GrowBot.Integrations.Tests.OpenAI;

/// <summary>
/// A loopback Kestrel server that speaks the Azure OpenAI Chat Completions wire format. Each request is recorded and
/// answered by the next handler of the queue, or by <see cref="DefaultHandler"/> when the queue is empty.
/// </summary>
internal sealed class FakeAzureOpenAI : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAzureOpenAI(WebApplication app)
    {
        _app = app;
    }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public ConcurrentQueue<Func<HttpContext, RecordedRequest, Task>> Handlers { get; } = new();

    public Func<HttpContext, RecordedRequest, Task> DefaultHandler { get; set; } = (context, request) => Answer(context, AnalysisFor(request));

    public Uri Endpoint => new(_app.Urls.Single());

    public static async Task<FakeAzureOpenAI> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        FakeAzureOpenAI fake = new(app);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", fake.HandleAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Writes a chat completion with the given JSON as the message content.</summary>
    public static Task Answer(HttpContext context, string content, string finishReason = "stop", int promptTokens = 120, int completionTokens = 30)
    {
        JsonObject body = new()
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1733300000,
            ["model"] = "gpt-4o-mini",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["finish_reason"] = finishReason,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        };
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    public static Task Status(HttpContext context, int status, string body = "{\"error\":{\"code\":\"error\",\"message\":\"failed\"}}", string? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers["Retry-After"] = retryAfter;
        }

        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    /// <summary>
    /// A valid answer derived from the notes: <c>stress</c> with the quote "stressed" when the notes contain it, and
    /// a question that refers to the first person placeholder.
    /// </summary>
    public static string AnalysisFor(RecordedRequest request)
    {
        string notes = request.UserMessage;
        JsonArray signals = [];
        if (notes.Contains("stressed", StringComparison.Ordinal))
        {
            signals.Add(new JsonObject { ["code"] = "stress", ["evidence"] = new JsonArray("stressed") });
        }

        if (notes.Contains("[PERSON_1] 加班", StringComparison.Ordinal))
        {
            signals.Add(new JsonObject { ["code"] = "workload", ["evidence"] = new JsonArray("[PERSON_1] 加班") });
        }

        signals.Add(new JsonObject { ["code"] = "made_up_code", ["evidence"] = new JsonArray("stressed") });
        return new JsonObject
        {
            ["signals"] = signals,
            ["sentiment"] = "negative",
            ["emotional_cues"] = new JsonArray(),
            ["injection_detected"] = false,
            ["questions"] = new JsonArray("How does [PERSON_1] see the workload?"),
        }.ToJsonString();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context, string deployment)
    {
        using StreamReader reader = new(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        RecordedRequest request = new(deployment, context.Request.Query["api-version"].ToString(), context.Request.Headers["api-key"].ToString(), body);
        Requests.Enqueue(request);
        Func<HttpContext, RecordedRequest, Task> handler = Handlers.TryDequeue(out var next) ? next : DefaultHandler;
        await handler(context, request);
    }
}

/// <summary>One request that reached the fake.</summary>
internal sealed record RecordedRequest(string Deployment, string ApiVersion, string ApiKey, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string UserMessage => Json["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "user")!["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())),
        _ => string.Empty,
    };

    public string SystemMessage => Json["messages"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "system")!["content"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p!["text"]!.GetValue<string>())),
        _ => string.Empty,
    };
}
