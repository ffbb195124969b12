using GrowBot.Coaching.Profiles;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Tests.Fakes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Integrations.Tests.Connectors;

/// <summary>OAuth client credentials through MSAL against a loopback token endpoint over TLS with a test certificate.</summary>
public sealed class ClientCredentialsTests
{
    [Fact]
    public async Task ClientCredentials_SendsBearerTokenAndReusesIt()
    {
        await using var identity = await LoopbackServer.StartAsync(https: true);
        identity.Handler = context => context.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? LoopbackServer.JsonAsync(context, """{ "token_type": "Bearer", "expires_in": 3600, "access_token": "token-1" }""")
            : LoopbackServer.JsonAsync(context, "{}", StatusCodes.Status404NotFound);
        await using var source = await LoopbackServer.StartAsync();
        source.Handler = context => LoopbackServer.JsonAsync(context, ConnectorHarness.RatingsJson);
        Dictionary<string, string?> settings = ConnectorHarness.Settings(source.BaseUrl);
        settings["Connectors:Hris:Auth:Mode"] = "ClientCredentials";
        settings["Connectors:Hris:Auth:Authority"] = new Uri(identity.BaseUrl, "contoso-tenant").ToString();
        settings["Connectors:Hris:Auth:ClientId"] = "growbot-client";
        settings["Connectors:Hris:Auth:ClientSecret"] = "client-secret";
        settings["Connectors:Hris:Auth:Scope"] = "api://hris/.default";
        string thumbprint = identity.Certificate!.Thumbprint;
        await using var services = ConnectorHarness.Build(settings, configure: s => s
            .AddHttpClient("GrowBot.Connector.Hris.Token")
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
            }));

        ConnectorResult<MetricSeries> first = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-1", "rating", CancellationToken.None);
        ConnectorResult<MetricSeries> second = await services.Connector().GetMetricSeriesAsync(ConnectorHarness.Tenant, "e-2", "rating", CancellationToken.None);

        Assert.True(first.Status == ConnectorStatus.Fresh, first.Error);
        Assert.Equal(ConnectorStatus.Fresh, second.Status);
        Assert.All(source.Requests, r => Assert.Equal("Bearer token-1", r.Headers["Authorization"]));
        RecordedRequest tokenRequest = Assert.Single(identity.Requests);
        Assert.Equal("/contoso-tenant/oauth2/v2.0/token", tokenRequest.PathAndQuery);
        Assert.Contains("grant_type=client_credentials", tokenRequest.Body, StringComparison.Ordinal);
        Assert.Contains("scope=api%3A%2F%2Fhris%2F.default", tokenRequest.Body, StringComparison.Ordinal);
    }
}
