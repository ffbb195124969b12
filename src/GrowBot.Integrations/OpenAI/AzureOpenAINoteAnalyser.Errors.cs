using System.ClientModel;
using GrowBot.Coaching.Notes;
using OpenAI.Chat;

namespace GrowBot.Integrations.OpenAI;

public sealed partial class AzureOpenAINoteAnalyser
{
    /// <summary>Sends the request and turns the SDK's exceptions into <see cref="ExternalAnalysisException"/>.</summary>
    private async Task<ChatCompletion> CompleteAsync(ChatMessage[] messages, ChatCompletionOptions options, CancellationToken timeoutToken, CancellationToken callerToken)
    {
        try
        {
            ClientResult<ChatCompletion> result = await _chat.CompleteChatAsync(messages, options, timeoutToken).ConfigureAwait(false);
            return result.Value;
        }
        catch (OperationCanceledException exception) when (!callerToken.IsCancellationRequested)
        {
            throw new ExternalAnalysisException(NoteFallbackReason.Timeout, $"The request timed out after {_options.TimeoutSeconds} s.", null, exception);
        }
        catch (ClientResultException exception)
        {
            _logger.RequestFailed(_options.Deployment, exception.Status);
            throw new ExternalAnalysisException(Classify(exception), $"The service returned status {exception.Status}.", null, exception);
        }
    }

    /// <summary>Maps a failed response: 429 is rate limiting, a 400 with the code <c>content_filter</c> is a filter block, anything else a service error.</summary>
    private static NoteFallbackReason Classify(ClientResultException exception)
    {
        if (exception.Status == 429)
        {
            return NoteFallbackReason.RateLimited;
        }

        if (exception.Status == 400 && IsContentFilterError(exception))
        {
            return NoteFallbackReason.ContentFiltered;
        }

        return NoteFallbackReason.ServiceError;
    }

    private static bool IsContentFilterError(ClientResultException exception)
    {
        string? body = exception.GetRawResponse()?.Content?.ToString();
        return body is not null && body.Contains("\"content_filter\"", StringComparison.OrdinalIgnoreCase);
    }
}
