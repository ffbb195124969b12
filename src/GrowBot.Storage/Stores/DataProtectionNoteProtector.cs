using System.Text;
using GrowBot.Coaching.Notes;
using Microsoft.AspNetCore.DataProtection;

namespace GrowBot.Storage.Stores;

/// <summary>Encrypts notes with ASP.NET Core Data Protection under the purpose <c>GrowBot.Notes</c>.</summary>
internal sealed class DataProtectionNoteProtector : INoteProtector
{
    public const string Purpose = "GrowBot.Notes";

    private readonly IDataProtector _protector;

    public DataProtectionNoteProtector(IDataProtectionProvider provider)
    {
        _protector = provider.CreateProtector(Purpose);
    }

    public byte[] Protect(string plaintext) => _protector.Protect(Encoding.UTF8.GetBytes(plaintext));

    public string Unprotect(byte[] ciphertext) => Encoding.UTF8.GetString(_protector.Unprotect(ciphertext));
}
