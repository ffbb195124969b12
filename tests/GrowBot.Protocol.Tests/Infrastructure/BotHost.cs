using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Queue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>The protocol layer hosted in Kestrel on 127.0.0.1, with in-memory stores and a recording bot.</summary>
public sealed class BotHost : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000aa";

    private readonly WebApplication _app;

    private BotHost(WebApplication app, RecordingBotHandler handler, InMemoryInboundActivityQueue queue, InMemoryConversationReferenceStore references, RecordingDelay delay)
    {
        _app = app;
        Handler = handler;
        Queue = queue;
        References = references;
        Delay = delay;
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public RecordingBotHandler Handler { get; }

    public InMemoryInboundActivityQueue Queue { get; }

    public InMemoryConversationReferenceStore References { get; }

    internal RecordingDelay Delay { get; }

    public IConnectorClient Connector => _app.Services.GetRequiredService<IConnectorClient>();

    /// <summary>Builds and starts a host; <paramref name="settings"/> are configuration keys such as MicrosoftAppId.</summary>
    public static async Task<BotHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        string url = "http://127.0.0.1:0",
        InMemoryInboundActivityQueue? queue = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());

        var handler = new RecordingBotHandler();
        queue ??= new InMemoryInboundActivityQueue();
        var references = new InMemoryConversationReferenceStore();
        var delay = new RecordingDelay();
        builder.Services.AddSingleton<IBotHandler>(handler);
        builder.Services.AddSingleton<IInboundActivityQueue>(queue);
        builder.Services.AddSingleton<IConversationReferenceStore>(references);
        builder.Services.AddSingleton<ConnectorDelay>(delay);
        builder.Services.AddBotProtocol(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        app.MapBotMessages();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new BotHost(app, handler, queue, references, delay);
    }

    /// <summary>Posts a JSON body to /api/messages with an optional Authorization header value.</summary>
    public Task<HttpResponseMessage> PostAsync(string json, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Waits until the queue is empty (turns completed), or fails after 10 s.</summary>
    public async Task WaitForIdleQueueAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Queue.PendingCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The inbound queue did not drain within 10 s.");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Reads the sample activities and points them at a test connector.</summary>
public static class Fixtures
{
    public static JsonObject Load(string name, string? serviceUrl = null)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
        var activity = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        return activity;
    }
}
