namespace GrowBot.Coaching.Notes;

/// <summary>
/// An analyser outside the process (an LLM). It receives only redacted text and returns evidence as quoted text,
/// which <see cref="NoteAnalysisService"/> maps back to spans of the original notes.
/// </summary>
public interface IExternalNoteAnalyser
{
    /// <summary>The analyser name recorded with the result, for example <c>azure-openai:gpt-4o-mini</c>.</summary>
    string Name { get; }

    /// <summary>The version of the prompts the analyser sends, stored with each analysis, for example <c>v1</c>.</summary>
    string PromptVersion { get; }

    /// <summary>Tokens a tenant may use per calendar month; beyond them the built-in analyser is used.</summary>
    long MonthlyTokenBudget { get; }

    /// <summary>Analyses redacted notes.</summary>
    /// <exception cref="ExternalAnalysisException">The call failed, timed out, was filtered or returned an invalid response.</exception>
    Task<ExternalNoteAnswer> AnalyseAsync(ExternalNoteRequest request, CancellationToken cancellationToken);
}

/// <summary>Redacted notes for an external analyser.</summary>
/// <param name="RedactedText">The notes with personal identifiers replaced by placeholders such as <c>[PERSON_1]</c>.</param>
/// <param name="Locale">The HRBP's locale, for the language of the suggested questions.</param>
public sealed record ExternalNoteRequest(string RedactedText, string? Locale);

/// <summary>A signal of an external answer; evidence is quoted text of the redacted notes.</summary>
public sealed record ExternalSignal(string Code, IReadOnlyList<string> Evidence);

/// <summary>An emotional cue of an external answer with the quoted text where it occurs.</summary>
public sealed record ExternalCue(string Cue, NoteSentiment Polarity, string Evidence);

/// <summary>A validated answer of an external analyser. Unknown signal codes are already dropped.</summary>
public sealed record ExternalNoteAnswer(
    IReadOnlyList<ExternalSignal> Signals,
    NoteSentiment Sentiment,
    IReadOnlyList<ExternalCue> EmotionalCues,
    bool InjectionDetected,
    IReadOnlyList<string> Questions,
    TokenUsage Usage);

/// <summary>Why the built-in analyser answered in place of the configured external analyser.</summary>
public enum NoteFallbackReason
{
    /// <summary>The tenant used up its monthly token budget; no call was made.</summary>
    BudgetExceeded,

    /// <summary>No answer within the configured time.</summary>
    Timeout,

    /// <summary>The service kept answering 429, or asked to wait longer than allowed.</summary>
    RateLimited,

    /// <summary>The service answered with a server error or could not be reached.</summary>
    ServiceError,

    /// <summary>The content filter blocked the notes or the answer; a person should review the notes.</summary>
    ContentFiltered,

    /// <summary>The answer was cut off at the token limit.</summary>
    Truncated,

    /// <summary>The answer did not match the JSON schema.</summary>
    InvalidAnswer,
}

/// <summary>An external analysis failed; the built-in analyser answers instead.</summary>
public sealed class ExternalAnalysisException : Exception
{
    public ExternalAnalysisException(NoteFallbackReason reason, string message, TokenUsage? usage = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        Usage = usage;
    }

    public NoteFallbackReason Reason { get; }

    /// <summary>Tokens that the failed call used, when the service reported them (a truncated or invalid answer).</summary>
    public TokenUsage? Usage { get; }
}
