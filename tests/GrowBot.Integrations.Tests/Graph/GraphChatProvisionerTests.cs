using GrowBot.Coaching.People;
using GrowBot.Integrations.Graph;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrowBot.Integrations.Tests.Graph;

/// <summary>The Graph chat provisioner with the real Graph SDK against a loopback server that returns Graph-shaped JSON.</summary>
public sealed class GraphChatProvisionerTests : IAsyncLifetime
{
    private const string TenantId = "tenant-1";
    private const string UserId = "emp-1";
    private const string AppId = "growbot-catalog-id";
    private const string ChatId = "19:emp-1_growbot@unq.gbl.spaces";
    private const string InstallationsPath = "/v1.0/users/emp-1/teamwork/installedApps";
    private const string ChatPath = "/v1.0/users/emp-1/teamwork/installedApps/installation-1/chat";

    private static readonly CancellationToken None = CancellationToken.None;
    private LoopbackServer _graph = null!;

    public async Task InitializeAsync() => _graph = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task Provision_NewInstallation_ReturnsItsChat()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status201Created);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.Ready, result.Status);
        Assert.Equal(ChatId, result.ChatId);
        Assert.Equal(
            [("POST", InstallationsPath), ("GET", InstallationsPath), ("GET", ChatPath)],
            _graph.Requests.Select(r => (r.Method, r.PathAndQuery.Split('?')[0])).ToArray());
        string query = Uri.UnescapeDataString(_graph.Requests[1].PathAndQuery.Split('?')[1]);
        Assert.Contains("$expand=teamsApp", query, StringComparison.Ordinal);
        Assert.Contains($"$filter=teamsApp/id eq '{AppId}'", query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provision_AlreadyInstalled_ReadsExistingChat()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status409Conflict);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatId, result.ChatId);
        Assert.Equal(3, _graph.Requests.Count);
    }

    [Fact]
    public async Task Provision_InstallForbidden_IsNotPermitted()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status403Forbidden);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.NotPermitted, result.Status);
        Assert.Null(result.ChatId);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Provision_UnknownUser_IsUserNotFound()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status404NotFound);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.UserNotFound, result.Status);
        Assert.Single(_graph.Requests);
    }

    [Fact]
    public async Task Provision_ChatReadForbidden_IsNotPermitted()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status409Conflict, chatStatus: StatusCodes.Status403Forbidden);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.NotPermitted, result.Status);
    }

    [Fact]
    public async Task Provision_NoInstallationListed_Fails()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status201Created, listed: false);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.Failed, result.Status);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task Provision_ServerError_Fails()
    {
        _graph.Handler = context => Respond(context, installStatus: StatusCodes.Status500InternalServerError);

        ChatProvisioning result = await Provisioner().ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.Failed, result.Status);
    }

    [Fact]
    public async Task Provision_OtherTenant_CallsNothing()
    {
        ChatProvisioning result = await Provisioner().ProvisionAsync("tenant-2", UserId, None);

        Assert.Equal(ChatProvisioningStatus.NotConfigured, result.Status);
        Assert.Empty(_graph.Requests);
    }

    [Fact]
    public async Task Provision_SlowGraph_FailsWithinBudget()
    {
        _graph.Handler = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            await Respond(context, installStatus: StatusCodes.Status201Created);
        };

        ChatProvisioning result = await Provisioner(TimeSpan.FromMilliseconds(300)).ProvisionAsync(TenantId, UserId, None);

        Assert.Equal(ChatProvisioningStatus.Failed, result.Status);
    }

    private GraphChatProvisioner Provisioner(TimeSpan? maxProvisioningTime = null)
    {
        var options = new GraphOptions { BaseUrl = new Uri(_graph.BaseUrl, "v1.0"), TenantId = TenantId, TeamsAppId = AppId };
        return new GraphChatProvisioner(
            new GraphDirectory(new FakeTokenCredential(), options),
            options,
            NullLogger<GraphChatProvisioner>.Instance,
            maxProvisioningTime ?? GraphChatProvisioner.DefaultMaxProvisioningTime);
    }

    /// <summary>Responds to the install, the installation list and the chat read with Graph's status codes and JSON.</summary>
    private static Task Respond(HttpContext context, int installStatus, bool listed = true, int chatStatus = StatusCodes.Status200OK)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        if (HttpMethods.IsPost(context.Request.Method) && path == InstallationsPath)
        {
            return installStatus == StatusCodes.Status201Created
                ? LoopbackServer.JsonAsync(context, """{ "id": "installation-1" }""", installStatus)
                : Error(context, installStatus);
        }

        if (path == InstallationsPath)
        {
            return LoopbackServer.JsonAsync(context, listed
                ? $$"""{ "value": [ { "id": "installation-1", "teamsApp": { "id": "{{AppId}}", "displayName": "GrowBot", "distributionMethod": "organization" } } ] }"""
                : """{ "value": [] }""");
        }

        if (path == ChatPath)
        {
            return chatStatus == StatusCodes.Status200OK
                ? LoopbackServer.JsonAsync(context, $$"""{ "id": "{{ChatId}}", "chatType": "oneOnOne" }""")
                : Error(context, chatStatus);
        }

        return Error(context, StatusCodes.Status404NotFound);
    }

    private static Task Error(HttpContext context, int status) =>
        LoopbackServer.JsonAsync(context, $$"""{ "error": { "code": "Status{{status}}", "message": "x" } }""", status);
}
