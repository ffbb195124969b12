using Microsoft.Extensions.Logging;

namespace GrowBot.Integrations;

/// <summary>
/// Log messages of the integrations: deployments, status codes, token counts, durations and outcomes, never prompts,
/// completions or user ids. EventIds 7000–7099 Azure OpenAI, 7100–7199 Microsoft Graph.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Azure OpenAI deployment {Deployment} answered: finish reason {FinishReason}, {PromptTokens} prompt and {CompletionTokens} completion tokens, {ElapsedMs} ms")]
    public static partial void CompletionReceived(this ILogger logger, string? deployment, string finishReason, long promptTokens, long completionTokens, long elapsedMs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Azure OpenAI deployment {Deployment} request failed with status {Status}")]
    public static partial void RequestFailed(this ILogger logger, string? deployment, int status);

    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "GrowBot chat provisioned through Microsoft Graph in tenant {TenantId}: app {Outcome}")]
    public static partial void ChatProvisioned(this ILogger logger, string tenantId, string outcome);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "GrowBot chat not provisioned through Microsoft Graph in tenant {TenantId}: {Reason}, status {Status}")]
    public static partial void ChatNotProvisioned(this ILogger logger, string tenantId, string reason, int status);
}
