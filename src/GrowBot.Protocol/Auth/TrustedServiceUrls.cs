using System.Collections.Concurrent;

namespace GrowBot.Protocol.Auth;

/// <summary>
/// Service URLs seen in authenticated activities, per tenant, held in memory. Outbound bearer tokens go only to
/// these URLs or to URLs of stored conversation references, so a forged or mistyped URL never receives the bot's
/// token. URLs compare without case and without a trailing slash.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<(string Tenant, string Url), byte> _trusted = new();

    /// <summary>Records the service URL of an authenticated activity.</summary>
    public void Trust(string tenantId, string serviceUrl) => _trusted.TryAdd((tenantId, Normalize(serviceUrl)), 0);

    /// <summary>
    /// True when the URL was seen for the tenant. With a null tenant (calls that carry none, such as reading a
    /// member) a URL seen for any tenant counts.
    /// </summary>
    public bool IsTrusted(string? tenantId, string serviceUrl)
    {
        string url = Normalize(serviceUrl);
        return tenantId is null
            ? _trusted.Keys.Any(key => key.Url == url)
            : _trusted.ContainsKey((tenantId, url));
    }

    private static string Normalize(string serviceUrl) => serviceUrl.TrimEnd('/').ToLowerInvariant();
}
