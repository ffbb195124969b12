using GrowBot.Integrations.Graph;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.AspNetCore.Http;

namespace GrowBot.Integrations.Tests.Graph;

/// <summary>The real Graph SDK against a loopback server that returns Graph-shaped JSON.</summary>
public sealed class GraphDirectoryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private LoopbackServer _graph = null!;
    private FakeTokenCredential _credential = null!;
    private GraphDirectory _directory = null!;

    public async Task InitializeAsync()
    {
        _graph = await LoopbackServer.StartAsync();
        _credential = new FakeTokenCredential();
        var options = new GraphOptions { BaseUrl = new Uri(_graph.BaseUrl, "v1.0"), TeamsAppId = "growbot-catalog-id" };
        _directory = new GraphDirectory(_credential, options);
    }

    public async Task DisposeAsync() => await _graph.DisposeAsync();

    [Fact]
    public async Task FindUser_ById_ReadsProfileWithToken()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context, """
            { "id": "11111111-aaaa", "displayName": "Zhang Wei", "mail": "zhangwei@contoso.com", "userPrincipalName": "zhangwei@contoso.com",
              "jobTitle": "Account manager", "department": "Sales", "officeLocation": "Shanghai", "preferredLanguage": "zh-CN", "userType": "Member" }
            """);

        GraphUser? user = await _directory.FindUserAsync("11111111-aaaa", None);

        Assert.NotNull(user);
        Assert.Equal("Sales", user.Department);
        Assert.Equal("Shanghai", user.OfficeLocation);
        Assert.Equal("zh-CN", user.PreferredLanguage);
        Assert.False(user.IsGuest);
        RecordedRequest request = Assert.Single(_graph.Requests);
        Assert.StartsWith("/v1.0/users/11111111-aaaa?", request.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal("Bearer fake-graph-token", request.Headers["Authorization"]);
    }

    [Fact]
    public async Task FindUser_GuestUpn_IsEscapedInPath()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context, """
            { "id": "22222222-bbbb", "userPrincipalName": "li_partner.com#EXT#@contoso.onmicrosoft.com", "userType": "Guest" }
            """);

        GraphUser? user = await _directory.FindUserAsync("li_partner.com#EXT#@contoso.onmicrosoft.com", None);

        Assert.True(user?.IsGuest);
        Assert.Contains("li_partner.com%23EXT%23@contoso.onmicrosoft.com", Assert.Single(_graph.Requests).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindUser_DeletedOrUnknown_ReturnsNull()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context,
            """{ "error": { "code": "Request_ResourceNotFound", "message": "Resource does not exist." } }""", StatusCodes.Status404NotFound);

        Assert.Null(await _directory.FindUserAsync("33333333-cccc", None));
    }

    [Fact]
    public async Task FindUser_ByMail_UsesFilter()
    {
        _graph.Handler = context => context.Request.Path.Value == "/v1.0/users"
            ? LoopbackServer.JsonAsync(context, """{ "value": [ { "id": "44444444-dddd", "mail": "o'brien@contoso.com" } ] }""")
            : LoopbackServer.JsonAsync(context, """{ "error": { "code": "Request_ResourceNotFound", "message": "x" } }""", StatusCodes.Status404NotFound);

        GraphUser? user = await _directory.FindUserAsync("o'brien@contoso.com", None);

        Assert.Equal("44444444-dddd", user?.Id);
        Assert.Contains("mail%20eq%20%27o%27%27brien%40contoso.com%27", _graph.Requests[1].PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Manager_MissingManager_ReturnsNull()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context,
            """{ "error": { "code": "Request_ResourceNotFound", "message": "Resource 'manager' does not exist." } }""", StatusCodes.Status404NotFound);

        Assert.Null(await _directory.GetManagerAsync("ceo-id", None));
    }

    [Fact]
    public async Task Manager_IsRead()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context,
            """{ "@odata.type": "#microsoft.graph.user", "id": "mgr-1", "displayName": "Huang Yong", "jobTitle": "Head of sales" }""");

        GraphUser? manager = await _directory.GetManagerAsync("emp-1", None);

        Assert.Equal("mgr-1", manager?.Id);
        Assert.Equal("/v1.0/users/emp-1/manager", Assert.Single(_graph.Requests).PathAndQuery);
    }

    [Fact]
    public async Task DirectReports_FollowsAllPages()
    {
        string page2 = new Uri(_graph.BaseUrl, "v1.0/users/mgr-1/directReports?$skiptoken=p2").ToString();
        _graph.Handler = context => context.Request.QueryString.Value?.Contains("skiptoken", StringComparison.Ordinal) == true
            ? LoopbackServer.JsonAsync(context, """{ "value": [ { "@odata.type": "#microsoft.graph.user", "id": "r-3" } ] }""")
            : LoopbackServer.JsonAsync(context, $$"""
                { "@odata.nextLink": "{{page2}}",
                  "value": [ { "@odata.type": "#microsoft.graph.user", "id": "r-1" }, { "@odata.type": "#microsoft.graph.user", "id": "r-2" } ] }
                """);

        IReadOnlyList<GraphUser> reports = await _directory.ListDirectReportsAsync("mgr-1", None);

        Assert.Equal(["r-1", "r-2", "r-3"], reports.Select(r => r.Id).ToArray());
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task DirectReports_RepeatingNextLink_Stops()
    {
        string loop = new Uri(_graph.BaseUrl, "v1.0/users/mgr-1/directReports?$skiptoken=same").ToString();
        _graph.Handler = context => LoopbackServer.JsonAsync(context, $$"""
            { "@odata.nextLink": "{{loop}}", "value": [ { "@odata.type": "#microsoft.graph.user", "id": "r-1" } ] }
            """);

        IReadOnlyList<GraphUser> reports = await _directory.ListDirectReportsAsync("mgr-1", None);

        Assert.Equal(2, _graph.Requests.Count);
        Assert.Equal(2, reports.Count);
    }

    [Fact]
    public async Task MailboxSettings_ReadsTimeZoneAndLocale()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context,
            """{ "timeZone": "China Standard Time", "language": { "locale": "zh-CN", "displayName": "Chinese (PRC)" } }""");

        GraphMailboxSettings? settings = await _directory.GetMailboxSettingsAsync("emp-1", None);

        Assert.Equal("China Standard Time", settings?.TimeZone);
        Assert.Equal("zh-CN", settings?.Locale);
        Assert.Equal("/v1.0/users/emp-1/mailboxSettings", Assert.Single(_graph.Requests).PathAndQuery);
    }

    [Fact]
    public async Task Throttled_RetriesAfterRetryAfter()
    {
        int calls = 0;
        _graph.Handler = context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.Headers.RetryAfter = "1";
                return LoopbackServer.JsonAsync(context, """{ "error": { "code": "TooManyRequests", "message": "Throttled" } }""", StatusCodes.Status429TooManyRequests);
            }

            return LoopbackServer.JsonAsync(context, """{ "id": "emp-1", "displayName": "Zhang Wei" }""");
        };

        GraphUser? user = await _directory.FindUserAsync("emp-1", None);

        Assert.Equal("emp-1", user?.Id);
        Assert.Equal(2, _graph.Requests.Count);
    }

    [Fact]
    public async Task InstallApp_PostsCatalogBinding()
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context, """{ "id": "installation-1" }""", StatusCodes.Status201Created);

        AppInstallOutcome outcome = await _directory.InstallAppForUserAsync("emp-1", None);

        Assert.Equal(AppInstallOutcome.Installed, outcome);
        RecordedRequest request = Assert.Single(_graph.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v1.0/users/emp-1/teamwork/installedApps", request.PathAndQuery);
        Assert.Contains("\"teamsApp@odata.bind\":\"" + new Uri(_graph.BaseUrl, "v1.0/appCatalogs/teamsApps/growbot-catalog-id"), request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatusCodes.Status409Conflict, AppInstallOutcome.AlreadyInstalled)]
    [InlineData(StatusCodes.Status404NotFound, AppInstallOutcome.UserNotFound)]
    [InlineData(StatusCodes.Status403Forbidden, AppInstallOutcome.Forbidden)]
    public async Task InstallApp_ErrorStatus_MapsToOutcome(int status, AppInstallOutcome expected)
    {
        _graph.Handler = context => LoopbackServer.JsonAsync(context, """{ "error": { "code": "Conflict", "message": "x" } }""", status);

        Assert.Equal(expected, await _directory.InstallAppForUserAsync("emp-1", None));
    }
}
