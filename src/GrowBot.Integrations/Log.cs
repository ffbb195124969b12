using Microsoft.Extensions.Logging;

namespace GrowBot.Integrations;

/// <summary>Log messages of the integrations: deployments, status codes, token counts and durations, never prompts or completions.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Azure OpenAI deployment {Deployment} answered: finish reason {FinishReason}, {PromptTokens} prompt and {CompletionTokens} completion tokens, {ElapsedMs} ms")]
    public static partial void CompletionReceived(this ILogger logger, string? deployment, string finishReason, long promptTokens, long completionTokens, long elapsedMs);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Azure OpenAI deployment {Deployment} request failed with status {Status}")]
    public static partial void RequestFailed(this ILogger logger, string? deployment, int status);
}
