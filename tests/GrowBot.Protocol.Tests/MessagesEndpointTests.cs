using System.Net;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Tests.Infrastructure;

namespace GrowBot.Protocol.Tests;

/// <summary>Request handling of /api/messages in local development mode (no app id, so no token needed).</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "4096" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private JsonObject Message() => Fixtures.Load("01-message-personal-text.json", _connector.ServiceUrl);

    [Fact]
    public async Task Message_AcknowledgedAndReplied()
    {
        HttpResponseMessage response = await _bot.PostAsync(Message().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WaitForIdleQueueAsync();
        Assert.Single(_bot.Handler.Activities);
        ConnectorRequest reply = Assert.Single(_connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("/v3/conversations/", reply.Path, StringComparison.Ordinal);
        Assert.Null(reply.Authorization);
    }

    [Fact]
    public async Task Get_MethodNotAllowed()
    {
        HttpResponseMessage response = await _bot.Client.GetAsync("api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task InvalidJson_BadRequest()
    {
        HttpResponseMessage response = await _bot.PostAsync("{\"type\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, _bot.Queue.KeyCount);
    }

    [Fact]
    public async Task JsonArray_BadRequest()
    {
        HttpResponseMessage response = await _bot.PostAsync("[]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task MissingField_ProblemDetails(string field)
    {
        JsonObject activity = Message();
        activity.Remove(field);

        HttpResponseMessage response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonNode problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal(0, _bot.Queue.KeyCount);
    }

    [Fact]
    public async Task OversizedBody_PayloadTooLarge()
    {
        JsonObject activity = Message();
        activity["text"] = new string('x', 5000);

        HttpResponseMessage response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, _bot.Queue.KeyCount);
    }

    [Fact]
    public async Task OversizedChunkedBody_PayloadTooLarge()
    {
        JsonObject activity = Message();
        activity["text"] = new string('x', 5000);
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(activity.ToJsonString())));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        HttpResponseMessage response = await _bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownType_OkAndNoReply()
    {
        JsonObject activity = Message();
        activity["type"] = "somethingNew";

        HttpResponseMessage response = await _bot.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WaitForIdleQueueAsync();
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task UnknownFields_RoundTripThroughQueue()
    {
        JsonObject activity = Message();
        activity["futureField"] = new JsonObject { ["nested"] = 42 };

        await _bot.PostAsync(activity.ToJsonString());
        await _bot.WaitForIdleQueueAsync();

        var handled = Assert.Single(_bot.Handler.Activities);
        Assert.True(handled.ExtensionData!.ContainsKey("futureField"));
        Assert.Equal(42, handled.ExtensionData["futureField"].GetProperty("nested").GetInt32());
    }

    [Fact]
    public async Task Redelivery_HandledOnce()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.Handler.Gate = release.Task;
        string json = Message().ToJsonString();

        HttpResponseMessage first = await _bot.PostAsync(json);
        await _bot.Handler.TurnStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        HttpResponseMessage second = await _bot.PostAsync(json);
        HttpResponseMessage third = await _bot.PostAsync(json);
        release.SetResult();
        await _bot.WaitForIdleQueueAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Single(_bot.Handler.Activities);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SameConversation_TurnsRunOneAtATime()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.Handler.Gate = release.Task;
        JsonObject first = Message();
        JsonObject second = Message();
        second["id"] = "second-id";

        await _bot.PostAsync(first.ToJsonString());
        await _bot.PostAsync(second.ToJsonString());
        await _bot.Handler.TurnStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Give a second worker the chance to pick up the second activity while the first turn is held.
        await Task.Delay(200);
        release.SetResult();
        await _bot.WaitForIdleQueueAsync();

        Assert.Equal(2, _bot.Handler.Activities.Count);
        Assert.Equal(1, _bot.Handler.MaxConcurrentTurns);
    }

    [Fact]
    public async Task OtherConversations_TurnsRunInParallel()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.Handler.Gate = release.Task;
        JsonObject first = Message();
        JsonObject second = Message();
        second["conversation"]!["id"] = "a:another-conversation";

        await _bot.PostAsync(first.ToJsonString());
        await _bot.PostAsync(second.ToJsonString());
        DateTime deadline = DateTime.UtcNow.AddSeconds(10);
        while (_bot.Handler.Activities.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        release.SetResult();
        await _bot.WaitForIdleQueueAsync();

        Assert.Equal(2, _bot.Handler.MaxConcurrentTurns);
    }

    [Fact]
    public async Task ActivityWithoutId_GetsGeneratedKey()
    {
        JsonObject activity = Message();
        activity.Remove("id");

        await _bot.PostAsync(activity.ToJsonString());
        await _bot.PostAsync(activity.ToJsonString());
        await _bot.WaitForIdleQueueAsync();

        Assert.Equal(2, _bot.Queue.KeyCount);
        Assert.Equal(2, _bot.Handler.Activities.Count);
    }

    [Fact]
    public async Task FailingTurn_ReportedAndCompleted()
    {
        _bot.Handler.ThrowOnActivity = new InvalidOperationException("boom");

        await _bot.PostAsync(Message().ToJsonString());
        await _bot.WaitForIdleQueueAsync();

        Exception reported = Assert.Single(_bot.Handler.Errors);
        Assert.Equal("boom", reported.Message);
        Assert.Equal(0, _bot.Queue.PendingCount);
    }

    [Fact]
    public async Task AdaptiveCardAction_AnsweredInline()
    {
        _bot.Handler.InvokeResponder = turn => InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" });

        HttpResponseMessage response = await _bot.PostAsync(Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal(InvokeResponse.CardContentType, (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Single(_bot.Handler.Invokes);
        Assert.Equal(0, _bot.Queue.KeyCount);
    }

    [Fact]
    public async Task AdaptiveCardActionWithoutAction_ErrorResponse()
    {
        JsonObject invoke = Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl);
        invoke["value"] = new JsonObject { ["trigger"] = "manual" };

        HttpResponseMessage response = await _bot.PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal(InvokeResponse.ErrorContentType, (string?)body["type"]);
        Assert.Empty(_bot.Handler.Invokes);
    }

    [Fact]
    public async Task AdaptiveCardActionHandlerThrows_ErrorResponse()
    {
        _bot.Handler.InvokeResponder = _ => throw new InvalidOperationException("boom");

        HttpResponseMessage response = await _bot.PostAsync(Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(500, (int)body["statusCode"]!);
    }

    [Fact]
    public async Task NamelessInvoke_EmptyOk()
    {
        JsonObject invoke = Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl);
        invoke.Remove("name");

        HttpResponseMessage response = await _bot.PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_bot.Handler.Invokes);
    }

    [Fact]
    public async Task UnknownInvoke_NotImplemented()
    {
        JsonObject invoke = Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl);
        invoke["name"] = "composeExtension/query";

        HttpResponseMessage response = await _bot.PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_bot.Handler.Invokes);
    }

    [Fact]
    public async Task AuthorizationHeaderWithoutAppId_Unauthorized()
    {
        HttpResponseMessage response = await _bot.PostAsync(Message().ToJsonString(), "Bearer a.b.c");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _bot.Queue.KeyCount);
    }
}
