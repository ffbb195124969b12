using System.Text.Json;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Json;
using Microsoft.AspNetCore.DataProtection;

namespace GrowBot.Protocol.Queue;

/// <summary>Encrypts queued activities with ASP.NET Core Data Protection, so stores keep only ciphertext.</summary>
internal sealed class InboundPayloadProtector
{
    public const string Purpose = "GrowBot.InboundQueue";
    private readonly IDataProtector _protector;

    public InboundPayloadProtector(IDataProtectionProvider provider)
    {
        _protector = provider.CreateProtector(Purpose);
    }

    public byte[] Protect(Activity activity) =>
        _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));

    /// <summary>Decrypts and reads a payload; throws <see cref="System.Security.Cryptography.CryptographicException"/> or <see cref="JsonException"/> when it cannot.</summary>
    public Activity Unprotect(byte[] payload) =>
        JsonSerializer.Deserialize<Activity>(_protector.Unprotect(payload), ProtocolJson.Options)
        ?? throw new JsonException("The queued payload is JSON null.");
}
