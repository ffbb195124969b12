using Microsoft.Identity.Client;

namespace GrowBot.Integrations.Connectors;

/// <summary>
/// Client-credentials tokens for one connector from MSAL. The authority must be https; MSAL keeps the token in
/// its in-memory app token cache until shortly before it expires.
/// </summary>
internal sealed class ConnectorTokenSource
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public ConnectorTokenSource(ConnectorOptions options, IHttpClientFactory httpClientFactory)
    {
        _scopes = [options.Scope!];
        _application = ConfidentialClientApplicationBuilder.Create(options.ClientId)
            .WithClientSecret(options.ClientSecret)
            .WithAuthority(options.Authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new NamedMsalHttpClientFactory(httpClientFactory, TokenHttpClientName(options)))
            .Build();
    }

    /// <summary>The HttpClient that MSAL uses for the connector's token requests.</summary>
    public static string TokenHttpClientName(ConnectorOptions options) => options.HttpClientName + ".Token";

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        AuthenticationResult result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private sealed class NamedMsalHttpClientFactory(IHttpClientFactory factory, string name) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(name);
    }
}
