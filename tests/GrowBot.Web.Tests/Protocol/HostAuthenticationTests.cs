using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Tests.Infrastructure;
using GrowBot.Web.Tests.Fakes;
using GrowBot.Web.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace GrowBot.Web.Tests.Protocol;

/// <summary>
/// The real host with an app id configured: inbound tokens are checked against a loopback OpenID metadata document,
/// and a rejected request leaves no row in the SQLite database and sends nothing.
/// </summary>
public sealed class HostAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";

    private FakeOpenIdServer _openId = null!;
    private FakeConnectorServer _connector = null!;
    private GrowBotAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _connector = await FakeConnectorServer.StartAsync();
        _app = new GrowBotAppFactory(new()
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task MissingToken_Returns401AndStoresNothing()
    {
        HttpResponseMessage response = await PostAsync(authorization: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountQueueRowsAsync());
        Assert.Empty(await _connector.SettleAsync());
    }

    [Fact]
    public async Task TokenSignedByUnknownKey_Returns401AndStoresNothing()
    {
        string token = _openId.CreateToken(AppId, _connector.ServiceUrl, credentials: new(FakeOpenIdServer.CreateKey(FakeOpenIdServer.TeamsKeyId), "RS256"));

        HttpResponseMessage response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountQueueRowsAsync());
        Assert.Empty(await _connector.SettleAsync());
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_Returns401()
    {
        string token = _openId.CreateToken(AppId, "https://smba.trafficmanager.net/emea/");

        HttpResponseMessage response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountQueueRowsAsync());
    }

    [Fact]
    public async Task ValidToken_IsAccepted()
    {
        string token = _openId.CreateToken(AppId, _connector.ServiceUrl);

        HttpResponseMessage response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task InvalidJsonAfterValidToken_Returns400()
    {
        string token = _openId.CreateToken(AppId, _connector.ServiceUrl);
        using HttpClient client = _app.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/api/messages") { Content = new StringContent("{\"type\": ", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response = await client.SendAsync(request);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}");
        Assert.Equal(0, await CountQueueRowsAsync());
    }

    private async Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        JsonObject activity = TeamsFixtures.Load("01-message-personal-text.json", _connector.ServiceUrl);
        using HttpClient client = _app.CreateClient();
        using HttpRequestMessage request = new(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (authorization is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", authorization);
        }

        return await client.SendAsync(request);
    }

    private async Task<long> CountQueueRowsAsync()
    {
        await using SqliteConnection connection = new($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        await using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM inbound_queue) + (SELECT COUNT(*) FROM inbound_dedupe_keys)";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
