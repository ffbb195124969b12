using System.Text.Json;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Storage.Stores;

/// <summary>
/// Converts a preparation's private texts to and from their columns: the stage notes (<c>NotesJson</c>, a JSON object
/// keyed by stage name) and the employee's check-in answer (<c>CheckInJson</c>). Both are encrypted with
/// <see cref="INoteProtector"/> and then Base64-encoded, so the database never contains their text.
/// </summary>
/// <remarks>
/// Rows written before the notes were encrypted contain the plain JSON object. Base64 never contains <c>{</c>, so a
/// value that starts with <c>{</c> is read as such a legacy row; it is encrypted on its next save. Any other value
/// that fails to decrypt throws, because silently dropping notes would hide a lost or rotated key.
/// </remarks>
internal sealed class PreparationNotesCodec
{
    private readonly INoteProtector _protector;
    private readonly JsonSerializerOptions _json;

    public PreparationNotesCodec(INoteProtector protector, JsonSerializerOptions json)
    {
        _protector = protector;
        _json = json;
    }

    public string Encode(IReadOnlyDictionary<GrowStage, string> notes) =>
        Protect(JsonSerializer.Serialize(notes.ToDictionary(n => n.Key.ToString(), n => n.Value), _json));

    public Dictionary<string, string> Decode(string stored) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(Unprotect(stored), _json) ?? [];

    /// <summary>Encrypts a JSON document for storage.</summary>
    public string Protect(string json) => Convert.ToBase64String(_protector.Protect(json));

    /// <summary>Decrypts a stored value; a legacy plaintext JSON object is returned as it is.</summary>
    /// <exception cref="FormatException">The value is neither legacy JSON nor Base64.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The current keys cannot decrypt the value.</exception>
    public string Unprotect(string stored)
    {
        string trimmed = stored.TrimStart();
        return trimmed.StartsWith('{') ? trimmed : _protector.Unprotect(Convert.FromBase64String(trimmed));
    }
}
