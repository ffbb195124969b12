using Microsoft.Extensions.Logging;

namespace GrowBot.Coaching.Preparations;

/// <summary>Log messages of the interview preparation, EventIds 4000–4019. They carry ids, counts and durations, never profile data.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Preparation profile assembled in tenant {TenantId}: {AvailableCount} of {SectionCount} sections, {SignalCount} signals")]
    public static partial void ProfileAssembled(this ILogger logger, string tenantId, int availableCount, int sectionCount, int signalCount);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Profile section {Section} timed out after {TimeoutMs} ms in tenant {TenantId}")]
    public static partial void SectionTimedOut(this ILogger logger, string section, string tenantId, double timeoutMs);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Profile section {Section} failed in tenant {TenantId}")]
    public static partial void SectionFailed(this ILogger logger, Exception exception, string section, string tenantId);
}
