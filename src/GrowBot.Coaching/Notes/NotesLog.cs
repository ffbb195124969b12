using Microsoft.Extensions.Logging;

namespace GrowBot.Coaching.Notes;

/// <summary>Log messages of note analysis: ids, names of analysers, counts and outcomes, never note text.</summary>
internal static partial class NotesLog
{
    [LoggerMessage(EventId = 6000, Level = LogLevel.Information, Message = "Note {NoteId} of tenant {TenantId} analysed by {Analyser}, fallback {FallbackReason}, {SignalCount} signals, injection suspected {InjectionSuspected}")]
    public static partial void NoteAnalysed(this ILogger logger, string tenantId, string noteId, string analyser, string fallbackReason, int signalCount, bool injectionSuspected);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Tenant {TenantId} reached its monthly token budget: {UsedTokens} of {BudgetTokens}; the built-in analyser answers")]
    public static partial void BudgetExceeded(this ILogger logger, string tenantId, long usedTokens, long budgetTokens);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "External note analysis for tenant {TenantId} failed: {Reason}; the built-in analyser answers")]
    public static partial void ExternalAnalysisFailed(this ILogger logger, string tenantId, string reason);
}
