using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace GrowBot.Coaching.Notes;

/// <summary>
/// Analyses interview notes and stores them. Without an <see cref="IExternalNoteAnalyser"/> the built-in analyser
/// analyses them. With one, the service checks the tenant's monthly token budget, redacts personal identifiers,
/// calls it, records the tokens, and maps the quoted evidence back to the original notes. Whenever the external
/// analyser fails, the built-in analyser takes over and the outcome carries the reason.
/// </summary>
public sealed partial class NoteAnalysisService
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly BuiltInNoteAnalyser _builtIn;
    private readonly INoteStore _notes;
    private readonly ITokenUsageStore _usage;
    private readonly IPersonNameSource _names;
    private readonly TimeProvider _time;
    private readonly ILogger<NoteAnalysisService> _logger;
    private readonly IExternalNoteAnalyser? _external;

    public NoteAnalysisService(
        BuiltInNoteAnalyser builtIn,
        INoteStore notes,
        ITokenUsageStore usage,
        IPersonNameSource names,
        TimeProvider time,
        ILogger<NoteAnalysisService> logger,
        IExternalNoteAnalyser? external = null)
    {
        _builtIn = builtIn;
        _notes = notes;
        _usage = usage;
        _names = names;
        _time = time;
        _logger = logger;
        _external = external;
    }

    /// <summary>Reads the JSON of <see cref="InterviewNote.AnalysisJson"/>.</summary>
    public static StoredNoteAnalysis ReadStoredAnalysis(string json) =>
        JsonSerializer.Deserialize<StoredNoteAnalysis>(json, s_json) ?? throw new JsonException("The stored analysis is JSON null.");

    /// <summary>Serializes an analysis to the JSON of <see cref="InterviewNote.AnalysisJson"/> that <see cref="ReadStoredAnalysis"/> reads.</summary>
    public static string WriteStoredAnalysis(StoredNoteAnalysis analysis) => JsonSerializer.Serialize(analysis, s_json);

    /// <summary>Analyses the notes, stores them with the analysis, and returns both.</summary>
    public async Task<NoteAnalysisOutcome> AnalyseAndStoreAsync(NoteSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentException.ThrowIfNullOrWhiteSpace(submission.Text);

        bool injection = PromptInjectionDetector.Detect(submission.Text);
        (NoteAnalysis analysis, NoteFallbackReason? reason, bool externalInjection, IReadOnlyList<string> questions) =
            await AnalyseAsync(submission, cancellationToken).ConfigureAwait(false);
        injection |= externalInjection;

        string? promptVersion = analysis.AnalyserName == _external?.Name ? _external.PromptVersion : null;
        string json = WriteStoredAnalysis(new StoredNoteAnalysis(StoredNoteAnalysis.CurrentFormatVersion, promptVersion, analysis, reason, injection, questions));
        InterviewNote note = new(
            submission.TenantId,
            Guid.NewGuid().ToString("N"),
            submission.AuthorId,
            submission.EmployeeId,
            submission.PreparationId,
            NotePrivacy.Private,
            _time.GetUtcNow(),
            submission.Text,
            json,
            analysis.AnalyserName);
        await _notes.AddAsync(note, cancellationToken).ConfigureAwait(false);

        _logger.NoteAnalysed(submission.TenantId, note.Id, analysis.AnalyserName, reason?.ToString() ?? "none", analysis.Signals.Count, injection);
        return new NoteAnalysisOutcome(note, analysis, reason, injection, questions);
    }

    private async Task<(NoteAnalysis, NoteFallbackReason?, bool, IReadOnlyList<string>)> AnalyseAsync(NoteSubmission submission, CancellationToken cancellationToken)
    {
        if (_external is null)
        {
            return (_builtIn.Analyse(submission.Text), null, false, []);
        }

        // NOTE: the budget is checked before the call and the usage added after it, so concurrent analyses of one
        // tenant can overshoot the budget by the tokens of the calls in flight.
        string month = _time.GetUtcNow().ToString("yyyy-MM", CultureInfo.InvariantCulture);
        MonthlyTokenUsage used = await _usage.GetAsync(submission.TenantId, month, cancellationToken).ConfigureAwait(false);
        if (used.Total >= _external.MonthlyTokenBudget)
        {
            _logger.BudgetExceeded(submission.TenantId, used.Total, _external.MonthlyTokenBudget);
            return (_builtIn.Analyse(submission.Text), NoteFallbackReason.BudgetExceeded, false, []);
        }

        IReadOnlyList<string> names = await _names.ListNamesAsync(submission.TenantId, cancellationToken).ConfigureAwait(false);
        RedactedNote redacted = NoteRedactor.Redact(submission.Text, names);
        try
        {
            ExternalNoteAnswer answer = await _external.AnalyseAsync(new ExternalNoteRequest(redacted.Text, submission.Locale), cancellationToken).ConfigureAwait(false);
            await _usage.AddAsync(submission.TenantId, month, answer.Usage, cancellationToken).ConfigureAwait(false);
            NoteAnalysis analysis = MapBack(submission.Text, redacted, answer, _external.Name);
            return (analysis, null, answer.InjectionDetected, [.. answer.Questions.Select(redacted.Restore)]);
        }
        catch (ExternalAnalysisException exception)
        {
            _logger.ExternalAnalysisFailed(submission.TenantId, exception.Reason.ToString());
            if (exception.Usage is { } usage)
            {
                await _usage.AddAsync(submission.TenantId, month, usage, cancellationToken).ConfigureAwait(false);
            }

            return (_builtIn.Analyse(submission.Text), exception.Reason, false, []);
        }
    }
}
