namespace GrowBot.Coaching.Notes;

/// <summary>Notes that an HRBP submits for analysis and storage.</summary>
/// <param name="AuthorId">Person id of the HRBP.</param>
/// <param name="EmployeeId">The employee the notes are about, when the HRBP named one that is assigned to them.</param>
/// <param name="PreparationId">The open interview preparation the notes belong to, when there is one.</param>
public sealed record NoteSubmission(
    string TenantId,
    string AuthorId,
    string Text,
    string? Locale,
    string? EmployeeId = null,
    string? PreparationId = null);

/// <summary>The stored note and what the card shows about its analysis.</summary>
/// <param name="FallbackReason">Why the built-in analyser answered although an external analyser is configured; null otherwise.</param>
/// <param name="InjectionSuspected">True when the notes contain a prompt-injection phrase (found locally or by the LLM).</param>
/// <param name="ExternalQuestions">Follow-up questions that the external analyser suggested, with placeholders restored.</param>
public sealed record NoteAnalysisOutcome(
    InterviewNote Note,
    NoteAnalysis Analysis,
    NoteFallbackReason? FallbackReason,
    bool InjectionSuspected,
    IReadOnlyList<string> ExternalQuestions)
{
    /// <summary>The <see cref="FormatVersion"/> that GrowBot writes.</summary>
    public const int CurrentFormatVersion = 1;
}

/// <summary>The JSON form of an analysis kept in <see cref="InterviewNote.AnalysisJson"/>.</summary>
/// <param name="PromptVersion">The prompt version of the external analyser that answered; null for the built-in analyser.</param>
public sealed record StoredNoteAnalysis(
    int FormatVersion,
    string? PromptVersion,
    NoteAnalysis Analysis,
    NoteFallbackReason? FallbackReason,
    bool InjectionSuspected,
    IReadOnlyList<string> ExternalQuestions)
{
    /// <summary>The <see cref="FormatVersion"/> that GrowBot writes.</summary>
    public const int CurrentFormatVersion = 1;
}
