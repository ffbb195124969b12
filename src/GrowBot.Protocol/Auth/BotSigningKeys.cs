using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GrowBot.Protocol.Auth;

/// <summary>
/// The signing keys of the Bot Connector service and, per key id, the channels that the key is endorsed for
/// (the non-standard <c>endorsements</c> array of the key set document).
/// </summary>
internal sealed record BotSigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements);

/// <summary>
/// Fetches the OpenID metadata document, then its <c>jwks_uri</c>, and parses the keys and their endorsements.
/// <see cref="ConfigurationManager{T}"/> calls it and caches the result.
/// </summary>
internal sealed class BotSigningKeysRetriever : IConfigurationRetriever<BotSigningKeys>
{
    public async Task<BotSigningKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        string metadataJson = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);
        var metadata = OpenIdConnectConfiguration.Create(metadataJson);
        if (!Uri.TryCreate(metadata.JwksUri, UriKind.Absolute, out Uri? keysUri))
        {
            throw new InvalidOperationException($"The OpenID metadata at {address} has no valid jwks_uri.");
        }

        if (keysUri.Scheme != Uri.UriSchemeHttps && !(keysUri.Scheme == Uri.UriSchemeHttp && keysUri.IsLoopback))
        {
            throw new InvalidOperationException($"The jwks_uri {keysUri} must use https (plain http is allowed only for loopback hosts).");
        }

        string keysJson = await retriever.GetDocumentAsync(keysUri.AbsoluteUri, cancel).ConfigureAwait(false);
        return Parse(keysJson);
    }

    /// <summary>Parses a key set document; keys that cannot be used for signatures are skipped.</summary>
    public static BotSigningKeys Parse(string keysJson)
    {
        var keySet = new JsonWebKeySet(keysJson);
        return new BotSigningKeys(keySet.GetSigningKeys().ToList(), ParseEndorsements(keysJson));
    }

    /// <summary>Maps each <c>kid</c> to its endorsements; an absent, null or malformed <c>keys</c> array gives an empty map.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> ParseEndorsements(string keysJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using JsonDocument document = JsonDocument.Parse(keysJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out JsonElement keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (JsonElement key in keys.EnumerateArray())
        {
            if (key.ValueKind == JsonValueKind.Object
                && key.TryGetProperty("kid", out JsonElement kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out JsonElement endorsements) && endorsements.ValueKind == JsonValueKind.Array)
            {
                result[kid.GetString()!] = endorsements.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return result;
    }
}
