using Stopwatch = System.Diagnostics.Stopwatch;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Protocol.Queue;

internal sealed partial class InboundActivityWorker
{
    /// <summary>
    /// Runs one queued activity inside the turn error boundary. The row is completed after success and after a
    /// failure was reported to the user. It stays only when the host stops mid-turn, and then counts as an attempt.
    /// </summary>
    private async Task ProcessAsync(QueuedActivity row, CancellationToken stoppingToken)
    {
        await using AsyncServiceScope scope = _scopes.CreateAsyncScope();
        var queue = scope.ServiceProvider.GetRequiredService<IInboundActivityQueue>();

        if (row.Attempts >= _options.MaxTurnAttempts)
        {
            _logger.QueuedActivityAbandoned(row.Id, row.Attempts);
            await queue.CompleteAsync(row.Id, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await queue.RecordAttemptAsync(row.Id, stoppingToken).ConfigureAwait(false);

        Activity activity;
        try
        {
            activity = _protector.Unprotect(row.Payload);
        }
        catch (Exception exception) when (exception is System.Security.Cryptography.CryptographicException or System.Text.Json.JsonException)
        {
            _logger.QueuedActivityUnreadable(exception, row.Id);
            await queue.CompleteAsync(row.Id, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        await RunTurnAsync(scope.ServiceProvider, activity, stoppingToken).ConfigureAwait(false);
        await queue.CompleteAsync(row.Id, CancellationToken.None).ConfigureAwait(false);
    }

    private async Task RunTurnAsync(IServiceProvider services, Activity activity, CancellationToken stoppingToken)
    {
        var handler = services.GetRequiredService<IBotHandler>();
        var turn = new TurnContext(activity, services.GetRequiredService<IConnectorClient>());
        long started = Stopwatch.GetTimestamp();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.TurnTimeout);
        try
        {
            await handler.OnActivityAsync(turn, timeout.Token).ConfigureAwait(false);
            _logger.TurnCompleted(activity.Type, activity.Id, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            _logger.TurnFailed(exception, activity.Type, activity.Id);
            await ReportTurnErrorAsync(handler, turn, exception, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task ReportTurnErrorAsync(IBotHandler handler, TurnContext turn, Exception exception, CancellationToken stoppingToken)
    {
        try
        {
            await handler.OnTurnErrorAsync(turn, exception, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception reportFailure) when (reportFailure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            _logger.TurnErrorHandlerFailed(reportFailure, turn.Activity.Id);
        }
    }
}
