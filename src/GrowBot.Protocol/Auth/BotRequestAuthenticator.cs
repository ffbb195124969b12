using System.Security.Claims;
using GrowBot.Protocol.Options;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace GrowBot.Protocol.Auth;

/// <summary>
/// Validates the bearer token of a request from the Bot Connector service (channel tokens only). Emulator and
/// skill tokens are rejected because GrowBot serves Teams only.
/// </summary>
internal sealed class BotRequestAuthenticator
{
    internal const string OpenIdHttpClientName = "GrowBot.Protocol.OpenId";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<ConfigurationManager<BotSigningKeys>> _keys;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public BotRequestAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        _options = options.Value;
        _keys = new Lazy<ConfigurationManager<BotSigningKeys>>(() => CreateConfigurationManager(httpClientFactory));
    }

    /// <summary>Checks the Authorization header; the activity-dependent checks follow in <see cref="BotIdentity.CheckActivity"/>.</summary>
    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.IsLocalDevelopment
                ? AuthenticationOutcome.Success(BotIdentity.Anonymous)
                : AuthenticationOutcome.Failure("missing Authorization header");
        }

        if (_options.IsLocalDevelopment)
        {
            return AuthenticationOutcome.Failure("an Authorization header was sent but no MicrosoftAppId is configured to validate it");
        }

        string[] parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer" || parts[1].Length == 0)
        {
            return AuthenticationOutcome.Failure("the Authorization header is not 'Bearer <token>'");
        }

        return await ValidateTokenAsync(parts[1], cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticationOutcome> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        BotSigningKeys keys;
        try
        {
            keys = await _keys.Value.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException or IOException)
        {
            return AuthenticationOutcome.Failure($"the signing keys could not be fetched ({exception.GetType().Name})");
        }

        string? kid = ReadKeyId(token, out bool wellFormed);
        if (!wellFormed)
        {
            return AuthenticationOutcome.Failure("the token is not a well-formed JWT");
        }

        if (kid is not null && !keys.Keys.Any(k => k.KeyId == kid))
        {
            // The key set may have rolled over since it was cached; refresh once (rate-limited by RefreshInterval).
            _keys.Value.RequestRefresh();
            keys = await _keys.Value.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        }

        TokenValidationResult result = await _handler.ValidateTokenAsync(token, CreateParameters(keys)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Failure($"token validation failed ({result.Exception?.GetType().Name ?? "unknown"})");
        }

        ClaimsIdentity claims = result.ClaimsIdentity;
        if (IsSkillToken(claims))
        {
            return AuthenticationOutcome.Failure("skill tokens are not accepted");
        }

        IReadOnlySet<string>? endorsements = kid is not null && keys.Endorsements.TryGetValue(kid, out var set) ? set : null;
        return AuthenticationOutcome.Success(BotIdentity.FromChannelToken(endorsements, claims.FindFirst("serviceurl")?.Value));
    }

    private string? ReadKeyId(string token, out bool wellFormed)
    {
        wellFormed = false;
        if (!_handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            string? kid = new JsonWebToken(token).Kid;
            wellFormed = true;
            return kid;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenMalformedException)
        {
            return null;
        }
    }

    private TokenValidationParameters CreateParameters(BotSigningKeys keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = _options.ToBotFromChannelTokenIssuer,
        ValidateAudience = true,
        ValidAudience = _options.MicrosoftAppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys.Keys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
    };

    // Same rule as the Bot Framework SDK: AnonymousSkill, or a versioned token whose audience is this bot but whose
    // caller (appid or azp) is another app.
    private static bool IsSkillToken(ClaimsIdentity claims)
    {
        string? appId = claims.FindFirst("appid")?.Value ?? claims.FindFirst("azp")?.Value;
        if (appId == "AnonymousSkill")
        {
            return true;
        }

        string? version = claims.FindFirst("ver")?.Value;
        string? audience = claims.FindFirst("aud")?.Value;
        return version is not null && audience is not null
            && audience != BotFrameworkOptions.DefaultOAuthScope
            && appId is not null && appId != audience;
    }

    private ConfigurationManager<BotSigningKeys> CreateConfigurationManager(IHttpClientFactory httpClientFactory)
    {
        var metadataUri = new Uri(_options.ToBotFromChannelOpenIdMetadataUrl);
        var documentRetriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(OpenIdHttpClientName))
        {
            RequireHttps = !metadataUri.IsLoopback,
        };
        return new ConfigurationManager<BotSigningKeys>(metadataUri.AbsoluteUri, new BotSigningKeysRetriever(), documentRetriever);
    }
}
