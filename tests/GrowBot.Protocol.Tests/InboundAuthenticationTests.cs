using System.Net;
using System.Text;
using GrowBot.Protocol.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace GrowBot.Protocol.Tests;

/// <summary>
/// Inbound token checks against a real Kestrel host and a loopback OpenID server. Every rejected request must
/// get 401 and leave no trace: no turn, no queued row, no outbound call.
/// </summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private FakeOpenIdServer _openId = null!;
    private FakeConnector _connector = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _openId = await FakeOpenIdServer.StartAsync();
        _connector = await FakeConnector.StartAsync();
        _bot = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotHost.AppId,
            ["MicrosoftAppPassword"] = "not-used-in-these-tests",
            ["ToBotFromChannelOpenIdMetadataUrl"] = _openId.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private string Activity() => Fixtures.Load("01-message-personal-text.json", _connector.ServiceUrl).ToJsonString();

    private string ValidToken() => _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl);

    [Fact]
    public async Task ValidToken_Accepted()
    {
        HttpResponseMessage response = await _bot.PostAsync(Activity(), "Bearer " + ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.WaitForIdleQueueAsync();
        Assert.Single(_bot.Handler.Activities);
        Assert.Equal(1, _bot.Queue.KeyCount);
    }

    [Fact]
    public async Task TokenWithinClockSkew_Accepted()
    {
        DateTime now = DateTime.UtcNow;
        string expiredThreeMinutesAgo = _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-3));

        HttpResponseMessage response = await _bot.PostAsync(Activity(), "Bearer " + expiredThreeMinutesAgo);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task TokenNotYetValidWithinClockSkew_Accepted()
    {
        DateTime now = DateTime.UtcNow;
        string validInThreeMinutes = _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, notBefore: now.AddMinutes(3), expires: now.AddHours(1));

        HttpResponseMessage response = await _bot.PostAsync(Activity(), "Bearer " + validInThreeMinutes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MissingHeader_Rejected() => await AssertRejectedAsync(null);

    [Fact]
    public async Task MalformedToken_Rejected() => await AssertRejectedAsync("Bearer not.a.jwt");

    [Fact]
    public async Task SchemeOtherThanBearer_Rejected() => await AssertRejectedAsync("bearer " + ValidToken());

    [Fact]
    public async Task HeaderWithExtraPart_Rejected() => await AssertRejectedAsync("Bearer " + ValidToken() + " extra");

    [Fact]
    public async Task BadSignature_Rejected()
    {
        // Signed by an unpublished key that claims the kid of a published one.
        var impostor = FakeOpenIdServer.CreateKey(FakeOpenIdServer.TeamsKeyId);
        string token = _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, credentials: new SigningCredentials(impostor, SecurityAlgorithms.RsaSha256));

        await AssertRejectedAsync("Bearer " + token);
    }

    [Fact]
    public async Task UnknownKid_Rejected()
    {
        var unknown = FakeOpenIdServer.CreateKey("unknown-kid");
        string token = _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, credentials: new SigningCredentials(unknown, SecurityAlgorithms.RsaSha256));

        await AssertRejectedAsync("Bearer " + token);
    }

    [Fact]
    public async Task KeyNotEndorsedForChannel_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, kid: FakeOpenIdServer.SkypeKeyId));

    [Fact]
    public async Task KeyWithoutEndorsements_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, kid: FakeOpenIdServer.UnendorsedKeyId));

    [Fact]
    public async Task WrongIssuer_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"));

    [Fact]
    public async Task WrongAudience_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken("11111111-1111-1111-1111-111111111111", _connector.ServiceUrl));

    [Fact]
    public async Task ExpiredBeyondSkew_Rejected()
    {
        DateTime now = DateTime.UtcNow;
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-6)));
    }

    [Fact]
    public async Task NotYetValidBeyondSkew_Rejected()
    {
        DateTime now = DateTime.UtcNow;
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, notBefore: now.AddMinutes(6), expires: now.AddHours(1)));
    }

    [Fact]
    public async Task ServiceUrlMismatch_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, "https://smba.trafficmanager.net/amer/"));

    [Fact]
    public async Task ServiceUrlClaimMissing_Rejected() =>
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, serviceUrl: null));

    [Fact]
    public async Task Hs256Token_Rejected()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256")) { KeyId = FakeOpenIdServer.TeamsKeyId };
        string token = _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, credentials: new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        await AssertRejectedAsync("Bearer " + token);
    }

    [Fact]
    public async Task SkillToken_Rejected()
    {
        var claims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = "22222222-2222-2222-2222-222222222222" };
        await AssertRejectedAsync("Bearer " + _openId.CreateToken(BotHost.AppId, _connector.ServiceUrl, extraClaims: claims));
    }

    [Fact]
    public async Task InvalidJsonWithoutToken_Unauthorized()
    {
        HttpResponseMessage response = await _bot.PostAsync("{not json");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task InvalidJsonWithValidToken_BadRequest()
    {
        HttpResponseMessage response = await _bot.PostAsync("{not json", "Bearer " + ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RejectedInvoke_HandlerNotCalled()
    {
        string invoke = Fixtures.Load("07-invoke-adaptivecard-action.json", _connector.ServiceUrl).ToJsonString();

        HttpResponseMessage response = await _bot.PostAsync(invoke, "Bearer " + _openId.CreateToken("wrong-audience", _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Handler.Invokes);
    }

    private async Task AssertRejectedAsync(string? authorization)
    {
        HttpResponseMessage response = await _bot.PostAsync(Activity(), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, _bot.Queue.KeyCount);
        Assert.Equal(0, _bot.Queue.PendingCount);
        Assert.Empty(_bot.Handler.Activities);
        Assert.Empty(_connector.Requests);
    }
}
