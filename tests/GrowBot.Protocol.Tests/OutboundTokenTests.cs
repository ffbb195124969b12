using System.Net;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Protocol.Tests;

/// <summary>
/// Outbound tokens: client credentials from a loopback token endpoint through MSAL, cached, and sent only to
/// service URLs seen in authenticated activities.
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private FakeOpenIdServer _openId = null!;
    private FakeTokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;
    private FakeConnector _otherConnector = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _tokens = await FakeTokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _otherConnector = await FakeConnector.StartAsync();
        string thumbprint = _tokens.Certificate.Thumbprint;
        _bot = await BotHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = BotHost.AppId,
                ["MicrosoftAppPassword"] = "client-secret",
                ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["ToChannelFromBotLoginUrl"] = _tokens.Authority,
            },
            services => services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
                }));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _otherConnector.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private async Task PostValidMessageAsync(string id)
    {
        var activity = Fixtures.Load("01-message-personal-text.json", _connector.ServiceUrl);
        activity["id"] = id;
        HttpResponseMessage response = await _bot.PostAsync(activity.ToJsonString(), "Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WaitForIdleQueueAsync();
    }

    [Fact]
    public async Task Reply_CarriesClientCredentialsToken()
    {
        await PostValidMessageAsync("m1");

        ConnectorRequest reply = Assert.Single(_connector.Requests);
        Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, reply.Authorization);
        string tokenRequest = Assert.Single(_tokens.RequestBodies);
        Assert.StartsWith("/botframework.com/oauth2/v2.0/token ", tokenRequest, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", tokenRequest, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", tokenRequest, StringComparison.Ordinal);
        Assert.Contains("client_id=" + BotHost.AppId, tokenRequest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondReply_UsesCachedToken()
    {
        await PostValidMessageAsync("m1");
        await PostValidMessageAsync("m2");

        Assert.Equal(2, _connector.Requests.Count);
        Assert.All(_connector.Requests, r => Assert.Equal("Bearer " + FakeTokenEndpoint.AccessToken, r.Authorization));
        Assert.Single(_tokens.RequestBodies);
    }

    [Fact]
    public async Task UntrustedServiceUrl_Refused()
    {
        await PostValidMessageAsync("m1");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hello",
            Conversation = new ConversationAccount { Id = "a:conversation", TenantId = "00000000-0000-0000-0000-000000000002" },
        };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _bot.Connector.SendToConversationAsync(_otherConnector.ServiceUrl, "a:conversation", activity, CancellationToken.None));

        Assert.Contains(_otherConnector.ServiceUrl, exception.Message, StringComparison.Ordinal);
        Assert.Empty(_otherConnector.Requests);
    }

    [Fact]
    public async Task ServiceUrlOfOtherTenant_Refused()
    {
        await PostValidMessageAsync("m1");
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Conversation = new ConversationAccount { Id = "a:conversation", TenantId = "another-tenant" },
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, "a:conversation", activity, CancellationToken.None));

        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task NoActivitySeen_NothingTrusted()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Conversation = new ConversationAccount { Id = "a:c", TenantId = "t" } };

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _bot.Connector.SendToConversationAsync(_connector.ServiceUrl, "a:c", activity, CancellationToken.None));

        Assert.Empty(_connector.Requests);
        Assert.Empty(_tokens.RequestBodies);
    }
}
