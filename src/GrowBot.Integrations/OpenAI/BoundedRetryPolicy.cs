using System.ClientModel.Primitives;
using System.Globalization;

namespace GrowBot.Integrations.OpenAI;

/// <summary>
/// The SDK's retry policy with two limits: a <c>Retry-After</c> (or <c>retry-after-ms</c>) longer than the maximum ends
/// the call at once in place of waiting, and a shorter one is waited for exactly. The caller's cancellation token
/// bounds the total time, waits included.
/// </summary>
internal sealed class BoundedRetryPolicy : ClientRetryPolicy
{
    private readonly TimeSpan _maxRetryAfter;

    public BoundedRetryPolicy(int maxRetries, TimeSpan maxRetryAfter)
        : base(maxRetries)
    {
        _maxRetryAfter = maxRetryAfter;
    }

    protected override bool ShouldRetry(PipelineMessage message, Exception? exception) =>
        base.ShouldRetry(message, exception) && !RetryAfterTooLong(message);

    protected override async ValueTask<bool> ShouldRetryAsync(PipelineMessage message, Exception? exception) =>
        await base.ShouldRetryAsync(message, exception).ConfigureAwait(false) && !RetryAfterTooLong(message);

    protected override TimeSpan GetNextDelay(PipelineMessage message, int tryCount) =>
        RetryAfter(message) ?? base.GetNextDelay(message, tryCount);

    private bool RetryAfterTooLong(PipelineMessage message) => RetryAfter(message) is { } delay && delay > _maxRetryAfter;

    /// <summary>Reads <c>retry-after-ms</c>, else <c>Retry-After</c> in seconds or as an HTTP date; null without either.</summary>
    internal static TimeSpan? RetryAfter(PipelineMessage message)
    {
        PipelineResponseHeaders? headers = message.Response?.Headers;
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue("retry-after-ms", out string? milliseconds)
            && double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out double ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (!headers.TryGetValue("Retry-After", out string? value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds))
        {
            return TimeSpan.FromSeconds(Math.Max(seconds, 0));
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            ? (date - DateTimeOffset.UtcNow) is { } wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero
            : null;
    }
}
