using System.Text.Json;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Storage.Stores;

/// <summary>
/// Converts a preparation's stage notes to and from the <c>NotesJson</c> column. The column contains the notes as a
/// JSON object keyed by stage name, encrypted with <see cref="INoteProtector"/> and then Base64-encoded, so the
/// database never contains the note text.
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

    public string Encode(IReadOnlyDictionary<GrowStage, string> notes)
    {
        string json = JsonSerializer.Serialize(notes.ToDictionary(n => n.Key.ToString(), n => n.Value), _json);
        return Convert.ToBase64String(_protector.Protect(json));
    }

    /// <exception cref="FormatException">The value is neither legacy JSON nor Base64.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The current keys cannot decrypt the value.</exception>
    public Dictionary<string, string> Decode(string stored)
    {
        string trimmed = stored.TrimStart();
        string json = trimmed.StartsWith('{') ? trimmed : _protector.Unprotect(Convert.FromBase64String(trimmed));
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json, _json) ?? [];
    }
}
