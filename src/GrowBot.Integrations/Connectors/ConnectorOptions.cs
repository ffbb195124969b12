using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Configuration;

namespace GrowBot.Integrations.Connectors;

/// <summary>Kind of source system a connector reads.</summary>
public enum ConnectorKind
{
    Hris,
    Crm,
    Erp,
    ProjectManagement,
}

/// <summary>How a connector authenticates to its source.</summary>
public enum ConnectorAuthMode
{
    None,

    /// <summary>A static key in a request header (<c>Auth:HeaderName</c>, default <c>X-Api-Key</c>).</summary>
    ApiKey,

    /// <summary>OAuth 2.0 client credentials from a Microsoft Entra (or compatible) authority through MSAL.</summary>
    ClientCredentials,
}

/// <summary>One REST connector, read from <c>Connectors:&lt;Name&gt;</c>.</summary>
public sealed record ConnectorOptions
{
    public required string Name { get; init; }

    /// <summary><c>Kind</c>: Hris, Crm, Erp or ProjectManagement.</summary>
    public ConnectorKind Kind { get; init; }

    /// <summary><c>BaseUrl</c>: https, or http on loopback only.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary><c>TenantId</c>: the only GrowBot tenant this source serves; null serves every tenant.</summary>
    public string? TenantId { get; init; }

    /// <summary><c>Metrics</c>: metric codes read from this source (a list, or one comma-separated value).</summary>
    public IReadOnlyList<string> Metrics { get; init; } = [];

    /// <summary><c>DefaultPeriod</c>: period of points that name none (default Quarter).</summary>
    public PeriodKind DefaultPeriod { get; init; } = PeriodKind.Quarter;

    /// <summary><c>FieldMap</c>: source field name → GrowBot field name of the contract (docs/connector-api.yaml).</summary>
    public IReadOnlyDictionary<string, string> FieldMap { get; init; } = new Dictionary<string, string>();

    public ConnectorAuthMode AuthMode { get; init; }

    /// <summary><c>Auth:HeaderName</c> of the API key (default X-Api-Key).</summary>
    public string ApiKeyHeader { get; init; } = "X-Api-Key";

    /// <summary><c>Auth:ApiKey</c>.</summary>
    public string? ApiKey { get; init; }

    /// <summary><c>Auth:Authority</c>, for example https://login.microsoftonline.com/&lt;tenant&gt;.</summary>
    public string? Authority { get; init; }

    /// <summary><c>Auth:ClientId</c>.</summary>
    public string? ClientId { get; init; }

    /// <summary><c>Auth:ClientSecret</c>.</summary>
    public string? ClientSecret { get; init; }

    /// <summary><c>Auth:Scope</c>, for example api://hris/.default.</summary>
    public string? Scope { get; init; }

    /// <summary><c>TimeoutSeconds</c>: timeout of one attempt (default 10).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary><c>Retries</c>: retries of a transient failure (default 2).</summary>
    public int Retries { get; init; } = 2;

    /// <summary><c>RetryDelayMilliseconds</c>: base delay of the exponential back-off (default 500).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary><c>BreakerMinimumThroughput</c>: calls in the sampling window before the breaker may open (default 10, minimum 2).</summary>
    public int BreakerMinimumThroughput { get; init; } = 10;

    /// <summary><c>BreakSeconds</c>: how long an open breaker rejects calls (default 30).</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>CacheMinutes</c>: how long a result counts as fresh (default 15).</summary>
    public TimeSpan FreshFor { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary><c>StaleHours</c>: how long a result is kept for use while the source is down (default 24).</summary>
    public TimeSpan KeepFor { get; init; } = TimeSpan.FromHours(24);

    /// <summary>The name of the HttpClient of this connector.</summary>
    public string HttpClientName => "GrowBot.Connector." + Name;

    /// <summary>Reads every child of <c>Connectors</c> that has a BaseUrl.</summary>
    public static IReadOnlyList<ConnectorOptions> ReadAll(IConfiguration configuration) =>
        configuration.GetSection("Connectors").GetChildren()
            .Where(section => !string.IsNullOrWhiteSpace(section["BaseUrl"]))
            .Select(Read)
            .ToList();

    /// <summary>Reads one connector section; throws with the key and the fix for an invalid value.</summary>
    public static ConnectorOptions Read(IConfigurationSection section)
    {
        string prefix = section.Path;
        Uri baseUrl = ConnectorUrls.Parse(section["BaseUrl"], $"{prefix}:BaseUrl");
        var options = new ConnectorOptions { Name = section.Key, BaseUrl = baseUrl };
        IConfigurationSection auth = section.GetSection("Auth");
        options = options with
        {
            Kind = ParseEnum(section["Kind"], ConnectorKind.Hris, $"{prefix}:Kind"),
            TenantId = Blank(section["TenantId"]),
            Metrics = ReadList(section.GetSection("Metrics")),
            DefaultPeriod = ParseEnum(section["DefaultPeriod"], PeriodKind.Quarter, $"{prefix}:DefaultPeriod"),
            FieldMap = section.GetSection("FieldMap").GetChildren()
                .Where(c => !string.IsNullOrWhiteSpace(c.Value))
                .ToDictionary(c => c.Key, c => c.Value!, StringComparer.Ordinal),
            AuthMode = ParseEnum(auth["Mode"], ConnectorAuthMode.None, $"{prefix}:Auth:Mode"),
            ApiKeyHeader = Blank(auth["HeaderName"]) ?? "X-Api-Key",
            ApiKey = Blank(auth["ApiKey"]),
            Authority = Blank(auth["Authority"]),
            ClientId = Blank(auth["ClientId"]),
            ClientSecret = Blank(auth["ClientSecret"]),
            Scope = Blank(auth["Scope"]),
            AttemptTimeout = TimeSpan.FromSeconds(section.GetValue("TimeoutSeconds", 10.0)),
            Retries = section.GetValue("Retries", 2),
            RetryDelay = TimeSpan.FromMilliseconds(section.GetValue("RetryDelayMilliseconds", 500.0)),
            BreakerMinimumThroughput = section.GetValue("BreakerMinimumThroughput", 10),
            BreakDuration = TimeSpan.FromSeconds(section.GetValue("BreakSeconds", 30.0)),
            FreshFor = TimeSpan.FromMinutes(section.GetValue("CacheMinutes", 15.0)),
            KeepFor = TimeSpan.FromHours(section.GetValue("StaleHours", 24.0)),
        };
        options.Validate(prefix);
        return options;
    }

    private void Validate(string prefix)
    {
        if (AuthMode == ConnectorAuthMode.ApiKey && ApiKey is null)
        {
            throw new InvalidOperationException($"{prefix}:Auth:ApiKey is missing; Auth:Mode ApiKey needs it.");
        }

        if (AuthMode == ConnectorAuthMode.ClientCredentials && (Authority is null || ClientId is null || ClientSecret is null || Scope is null))
        {
            throw new InvalidOperationException(
                $"{prefix}:Auth needs Authority, ClientId, ClientSecret and Scope for Auth:Mode ClientCredentials.");
        }

        if (AttemptTimeout <= TimeSpan.Zero || Retries < 0 || BreakerMinimumThroughput < 2 || BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            throw new InvalidOperationException(
                $"{prefix}: TimeoutSeconds must be positive, Retries at least 0, BreakerMinimumThroughput at least 2 and BreakSeconds at least 0.5.");
        }
    }

    private static IReadOnlyList<string> ReadList(IConfigurationSection section)
    {
        IEnumerable<string?> values = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value);
        return values.Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TEnum ParseEnum<TEnum>(string? value, TEnum fallback, string key)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return Enum.TryParse(value, ignoreCase: true, out TEnum parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new InvalidOperationException($"{key} '{value}' is invalid. Use one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }
}

/// <summary>Checks the URLs of sources: https everywhere, plain http only on loopback.</summary>
internal static class ConnectorUrls
{
    public static Uri Parse(string? value, string key)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new InvalidOperationException($"{key} '{value}' is not an absolute http(s) URL.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw new InvalidOperationException($"{key} '{value}' uses plain http; use https (http is accepted on loopback only).");
        }

        return new Uri(uri.AbsoluteUri.TrimEnd('/') + "/");
    }
}
