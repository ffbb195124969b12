using System.Security.Cryptography;
using System.Text;

namespace GrowBot.Coaching.Ingest;

/// <summary>
/// Per-tenant API keys of the ingest API. A key reads <c>gbk_&lt;key id&gt;_&lt;secret&gt;</c>: the key id
/// (16 hex digits) finds the stored row and the secret is 32 random bytes in base64url. Only the SHA-256 hash
/// of the whole key is stored; a plain hash suffices because the key has 256 bits of entropy.
/// </summary>
public static class ApiKeyFormat
{
    private const string Prefix = "gbk_";

    /// <summary>Creates a new random key and returns it with its key id and hash.</summary>
    public static (string Key, string KeyId, byte[] Hash) Generate()
    {
        string keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        string secret = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        string key = $"{Prefix}{keyId}_{secret}";
        return (key, keyId, Hash(key));
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Reads the key id of a presented key; false when the key does not have the GrowBot form.</summary>
    public static bool TryGetKeyId(string? key, out string keyId)
    {
        keyId = "";
        if (key is null || key.Length > 128 || !key.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        int separator = key.IndexOf('_', Prefix.Length);
        if (separator != Prefix.Length + 16)
        {
            return false;
        }

        keyId = key[Prefix.Length..separator];
        return true;
    }

    /// <summary>Compares the hash of the presented key with the stored hash in constant time.</summary>
    public static bool Matches(string presentedKey, byte[] storedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(presentedKey), storedHash);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Stores the hashed API keys of the ingest API.</summary>
public interface IApiKeyStore
{
    /// <summary>
    /// Creates a key for the tenant and returns it; the key cannot be read back later. With
    /// <paramref name="revokeOthers"/> every earlier key of the tenant stops working (rotation).
    /// </summary>
    Task<string> CreateAsync(string tenantId, bool revokeOthers, CancellationToken cancellationToken);

    /// <summary>Returns the tenant of a valid, unrevoked key, or null.</summary>
    Task<string?> FindTenantAsync(string presentedKey, CancellationToken cancellationToken);
}
