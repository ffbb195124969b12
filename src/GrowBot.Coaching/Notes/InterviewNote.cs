namespace GrowBot.Coaching.Notes;

/// <summary>Who may read an interview note besides its author.</summary>
public enum NotePrivacy
{
    /// <summary>Only the HRBP who wrote the note.</summary>
    Private,

    /// <summary>Shared with the HRBP team of the employee.</summary>
    Shared,
}

/// <summary>
/// Interview notes of an HRBP with their analysis. The domain keeps the plain text; stores encrypt
/// <see cref="Text"/> and <see cref="AnalysisJson"/> with <see cref="INoteProtector"/> before writing them.
/// </summary>
/// <param name="AuthorId">Person id of the HRBP who wrote the notes.</param>
/// <param name="EmployeeId">Person id of the employee the notes are about, when known.</param>
/// <param name="PreparationId">Id of the interview preparation the notes belong to, when known.</param>
/// <param name="AnalysisJson">The analysis result as JSON (<see cref="StoredNoteAnalysis"/>); it quotes the notes.</param>
/// <param name="AnalyserName">The <see cref="INoteAnalyser.Name"/> of the analyser that answered.</param>
public sealed record InterviewNote(
    string TenantId,
    string Id,
    string AuthorId,
    string? EmployeeId,
    string? PreparationId,
    NotePrivacy Privacy,
    DateTimeOffset CreatedAt,
    string Text,
    string AnalysisJson,
    string AnalyserName);

/// <summary>Stores interview notes. Every call is scoped by tenant.</summary>
public interface INoteStore
{
    /// <summary>Inserts a new note; the note id must be unique within the tenant.</summary>
    Task AddAsync(InterviewNote note, CancellationToken cancellationToken);

    Task<InterviewNote?> GetAsync(string tenantId, string noteId, CancellationToken cancellationToken);

    /// <summary>Returns the notes that the HRBP wrote, newest first.</summary>
    Task<IReadOnlyList<InterviewNote>> ListByAuthorAsync(string tenantId, string authorId, int maxCount, CancellationToken cancellationToken);
}

/// <summary>Encrypts note text at rest. Implementations must be authenticated encryption, such as ASP.NET Core Data Protection.</summary>
public interface INoteProtector
{
    byte[] Protect(string plaintext);

    /// <summary>Decrypts what <see cref="Protect"/> returned; throws <see cref="System.Security.Cryptography.CryptographicException"/> for anything else.</summary>
    string Unprotect(byte[] ciphertext);
}

/// <summary>Lists the names of a tenant's people, so that they can be redacted before notes leave for an LLM.</summary>
public interface IPersonNameSource
{
    /// <summary>Returns the English and Chinese names and the aliases of every person of the tenant, active or not.</summary>
    Task<IReadOnlyList<string>> ListNamesAsync(string tenantId, CancellationToken cancellationToken);
}
