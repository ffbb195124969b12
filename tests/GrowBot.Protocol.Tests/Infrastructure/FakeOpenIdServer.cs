using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>
/// A loopback OpenID metadata and key set server in the shape of login.botframework.com, with keys generated per
/// test run: <see cref="TeamsKeyId"/> is endorsed for msteams, <see cref="SkypeKeyId"/> only for skype, and
/// <see cref="UnendorsedKeyId"/> has no endorsements entry.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    public const string TeamsKeyId = "teams-key";
    public const string SkypeKeyId = "skype-key";
    public const string UnendorsedKeyId = "plain-key";
    public const string Issuer = "https://api.botframework.com";

    private readonly Dictionary<string, RsaSecurityKey> _keys = new()
    {
        [TeamsKeyId] = CreateKey(TeamsKeyId),
        [SkypeKeyId] = CreateKey(SkypeKeyId),
        [UnendorsedKeyId] = CreateKey(UnendorsedKeyId),
    };

    private LoopbackServer? _server;
    private int _keyRequests;

    public string MetadataUrl => _server!.BaseUrl + "v1/.well-known/openidconfiguration";

    public int KeyRequests => _keyRequests;

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var fake = new FakeOpenIdServer();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>Creates an RSA key that is not published (for bad-signature and unknown-kid cases).</summary>
    public static RsaSecurityKey CreateKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public RsaSecurityKey Key(string kid) => _keys[kid];

    /// <summary>Mints a channel token; every part can be overridden per case.</summary>
    public string CreateToken(
        string audience,
        string? serviceUrl,
        string kid = TeamsKeyId,
        string issuer = Issuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        SigningCredentials? credentials = null,
        IDictionary<string, object>? extraClaims = null)
    {
        DateTime now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddHours(1),
            Claims = claims,
            SigningCredentials = credentials ?? new SigningCredentials(_keys[kid], SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    private async Task HandleAsync(HttpContext context)
    {
        string path = context.Request.Path.Value ?? string.Empty;
        context.Response.ContentType = "application/json";
        if (path.EndsWith("openidconfiguration", StringComparison.Ordinal))
        {
            var metadata = new JsonObject
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = _server!.BaseUrl + "v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            };
            await context.Response.WriteAsync(metadata.ToJsonString());
            return;
        }

        if (path.EndsWith("keys", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _keyRequests);
            await context.Response.WriteAsync(KeySetJson());
            return;
        }

        context.Response.StatusCode = 404;
    }

    private string KeySetJson()
    {
        var keys = new JsonArray(
            Jwk(TeamsKeyId, new JsonArray("skype", "msteams")),
            Jwk(SkypeKeyId, new JsonArray("skype")),
            Jwk(UnendorsedKeyId, null));
        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    private JsonObject Jwk(string kid, JsonArray? endorsements)
    {
        RSAParameters parameters = _keys[kid].Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
