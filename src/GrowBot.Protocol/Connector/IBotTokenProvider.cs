using GrowBot.Protocol.Options;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace GrowBot.Protocol.Connector;

/// <summary>Supplies bearer tokens for calls to the Bot Connector service.</summary>
public interface IBotTokenProvider
{
    /// <summary>Returns an access token, or null when calls carry no token (local development mode).</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Local development mode: no token.</summary>
internal sealed class NoTokenProvider : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

/// <summary>
/// Client-credentials tokens (MultiTenant and SingleTenant) from MSAL. MSAL keeps the token in its in-memory
/// app token cache and fetches a new one shortly before it expires.
/// </summary>
internal sealed class ClientCredentialsTokenProvider : IBotTokenProvider
{
    internal const string HttpClientName = "GrowBot.Protocol.Msal";
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public ClientCredentialsTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        BotFrameworkOptions settings = options.Value;
        _scopes = [settings.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default"];
        _application = ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(settings.ResolveLoginUrl(), validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        AuthenticationResult result = await _application.AcquireTokenForClient(_scopes)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}

/// <summary>Tokens of a user-assigned managed identity whose client id is <c>MicrosoftAppId</c>.</summary>
internal sealed class ManagedIdentityTokenProvider : IBotTokenProvider
{
    private readonly IManagedIdentityApplication _application;
    private readonly string _resource;

    public ManagedIdentityTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        BotFrameworkOptions settings = options.Value;
        _resource = settings.ToChannelFromBotOAuthScope;
        _application = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId))
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        AuthenticationResult result = await _application.AcquireTokenForManagedIdentity(_resource)
            .ExecuteAsync(cancellationToken)
            .ConfigureAwait(false);
        return result.AccessToken;
    }
}

/// <summary>Lets MSAL use a named client of <see cref="IHttpClientFactory"/> (so tests can trust a loopback certificate).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(ClientCredentialsTokenProvider.HttpClientName);
}
