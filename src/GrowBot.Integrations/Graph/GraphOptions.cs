using Microsoft.Extensions.Configuration;

namespace GrowBot.Integrations.Graph;

/// <summary>Microsoft Graph settings, from the <c>Graph</c> configuration section.</summary>
public sealed record GraphOptions
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary><c>Graph:BaseUrl</c>: https, or http on loopback only (tests).</summary>
    public Uri BaseUrl { get; init; } = new(DefaultBaseUrl);

    /// <summary><c>Graph:TenantId</c>, <c>Graph:ClientId</c>: the app registration with application permissions.</summary>
    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    /// <summary><c>Graph:ClientSecret</c>, or <c>Graph:CertificatePath</c> (PFX) with <c>Graph:CertificatePassword</c>.</summary>
    public string? ClientSecret { get; init; }

    public string? CertificatePath { get; init; }

    public string? CertificatePassword { get; init; }

    /// <summary><c>Graph:UseManagedIdentity</c>: authenticate as the App Service managed identity (Azure only).</summary>
    public bool UseManagedIdentity { get; init; }

    /// <summary><c>Graph:TeamsAppId</c>: the id of GrowBot in the tenant's Teams app catalog, for installations.</summary>
    public string? TeamsAppId { get; init; }

    /// <summary>Maximum pages followed in one paged request (default 100).</summary>
    public int MaxPages { get; init; } = 100;

    /// <summary>True when <c>Graph:ClientId</c>, a secret, a certificate or a managed identity is configured.</summary>
    public bool IsConfigured => UseManagedIdentity || (ClientId is not null && (ClientSecret is not null || CertificatePath is not null));

    public static GraphOptions FromConfiguration(IConfiguration configuration)
    {
        IConfigurationSection section = configuration.GetSection("Graph");
        string? baseUrl = section["BaseUrl"];
        return new GraphOptions
        {
            BaseUrl = string.IsNullOrWhiteSpace(baseUrl)
                ? new Uri(DefaultBaseUrl)
                : new Uri(Connectors.ConnectorUrls.Parse(baseUrl, "Graph:BaseUrl").AbsoluteUri.TrimEnd('/')),
            TenantId = Blank(section["TenantId"]),
            ClientId = Blank(section["ClientId"]),
            ClientSecret = Blank(section["ClientSecret"]),
            CertificatePath = Blank(section["CertificatePath"]),
            CertificatePassword = Blank(section["CertificatePassword"]),
            UseManagedIdentity = section.GetValue("UseManagedIdentity", false),
            TeamsAppId = Blank(section["TeamsAppId"]),
            MaxPages = section.GetValue("MaxPages", 100),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
