using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Preparations;
using GrowBot.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Web.Tests.Protocol;

/// <summary>
/// Turns through the real host in local development mode, with the demo company seeded into the tenant of the
/// activities: redelivery, bad input, and <c>prepare</c> as HRBP Li Juan.
/// </summary>
public sealed class HostTurnTests : IAsyncLifetime
{
    private const string Tenant = "7e57a000-0000-4000-8000-000000000042";

    private FakeConnectorServer _connector = null!;
    private GrowBotAppFactory _app = null!;
    private int _nextActivityId;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnectorServer.StartAsync();
        _app = new GrowBotAppFactory(new() { ["Demo:TenantId"] = Tenant, ["Bot:MaxRequestBodyBytes"] = "65536" });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task SameActivityThreeTimes_OneReply()
    {
        JsonObject activity = Message(DemoPersonas.LiJuan, "help");

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostAsync(activity)));
        IReadOnlyList<RecordedRequest> replies = await _connector.SettleAsync(TimeSpan.FromSeconds(1.5));

        Assert.All(responses, response => Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}"));
        Assert.Single(replies);
    }

    [Fact]
    public async Task Prepare_AssignedEmployee_ShowsProfileCard()
    {
        await PostAsync(Message(DemoPersonas.LiJuan, "prepare Zhang Wei"));
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.Contains("Zhang Wei", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Zhang Wei", reply.Body!["summary"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_AfterPrepare_LinkedToPreparationAndCiteOvertime()
    {
        await PostAsync(Message(DemoPersonas.LiJuan, "prepare Zhang Wei"));
        await _connector.WaitForRequestsAsync(1);

        await PostAsync(Message(DemoPersonas.LiJuan, "notes 他最近压力很大，连续加班，想申请调岗"));
        RecordedRequest reply = (await _connector.WaitForRequestsAsync(2))[1];

        Assert.Contains("Interview notes analysis: Zhang Wei", reply.AllText, StringComparison.Ordinal);
        Assert.Matches(@"Your overtime was \d+(\.\d)? hours in \d{4}-\d{2}\.", reply.AllText);
        await using AsyncServiceScope scope = _app.Services.CreateAsyncScope();
        Preparation open = Assert.Single(await scope.ServiceProvider.GetRequiredService<IPreparationStore>().ListByHrbpAsync(Tenant, DemoPersonas.LiJuan.PersonId, 10, default));
        InterviewNote note = Assert.Single(await scope.ServiceProvider.GetRequiredService<INoteStore>().ListByAuthorAsync(Tenant, DemoPersonas.LiJuan.PersonId, 10, default));
        Assert.Equal(open.Id, note.PreparationId);
        Assert.Equal(DemoPersonas.ZhangWei.PersonId, note.EmployeeId);
    }

    [Fact]
    public async Task Prepare_InChinese_ShowsChineseName()
    {
        await PostAsync(Message(DemoPersonas.LiJuan, "准备面谈 张伟", locale: "zh-CN"));
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.Contains("张伟", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_UnassignedAndUnknown_GetSameRefusal()
    {
        await PostAsync(Message(DemoPersonas.LiJuan, "prepare Liu Yang"));
        RecordedRequest unassigned = Assert.Single(await _connector.WaitForRequestsAsync(1));
        await PostAsync(Message(DemoPersonas.LiJuan, "prepare Nobody Here"));
        RecordedRequest unknown = (await _connector.WaitForRequestsAsync(2))[1];

        string Strip(RecordedRequest reply, string name) => reply.AllText.Replace(name, "<name>", StringComparison.Ordinal);
        Assert.Equal(Strip(unknown, "Nobody Here"), Strip(unassigned, "Liu Yang"));
        Assert.DoesNotContain("刘洋", unassigned.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_SharedName_ListsOnlyAssignedPeople()
    {
        await PostAsync(Message(DemoPersonas.LiJuan, "准备面谈 " + DemoPersonas.SharedNameZh, locale: "zh-CN"));
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        // Only the sales 王芳 is assigned to Li Juan, so no choice is offered and the retail one never appears.
        Assert.Contains(DemoPersonas.SharedNameZh, reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoPersonas.WangFangRetail.PersonId, reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prepare_ByEmployee_IsRefused()
    {
        await PostAsync(Message(DemoPersonas.ZhangWei, "prepare Chen Jing"));
        RecordedRequest reply = Assert.Single(await _connector.WaitForRequestsAsync(1));

        Assert.DoesNotContain("陈静", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoPersonas.ChenJing.PersonId, reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task MissingRequiredField_Returns400ProblemDetails(string field)
    {
        JsonObject activity = Message(DemoPersonas.LiJuan, "help");
        activity.Remove(field);

        HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await _connector.SettleAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task OversizedBody_Returns413()
    {
        JsonObject activity = Message(DemoPersonas.LiJuan, new string('x', 70_000));

        HttpResponseMessage response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task MalformedJson_Returns400()
    {
        using HttpClient client = _app.CreateClient();

        HttpResponseMessage response = await client.PostAsync("/api/messages", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Get_Returns405()
    {
        using HttpClient client = _app.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Healthz_Returns200()
    {
        using HttpClient client = _app.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/healthz");
        HttpResponseMessage head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    private JsonObject Message(DemoPersona from, string text, string locale = "en-US") => new()
    {
        ["type"] = "message",
        ["id"] = $"host-turn-{Interlocked.Increment(ref _nextActivityId)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = _connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:" + from.Key, ["name"] = from.NameEn, ["aadObjectId"] = from.AadObjectId },
        ["conversation"] = new JsonObject { ["id"] = "a:" + from.Key, ["conversationType"] = "personal", ["tenantId"] = Tenant },
        ["recipient"] = new JsonObject { ["id"] = "28:growbot", ["name"] = "GrowBot" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        ["text"] = text,
        ["locale"] = locale,
    };

    private async Task<HttpResponseMessage> PostAsync(JsonObject activity)
    {
        using HttpClient client = _app.CreateClient();
        return await client.PostAsJsonAsync("/api/messages", activity);
    }
}
