using System.Collections.Concurrent;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Queue;

/// <summary>
/// Runs queued turns in the background: recovers pending rows at start, then processes what the endpoint posts,
/// with <see cref="BotProtocolOptions.QueueWorkerCount"/> concurrent workers, and prunes old de-duplication keys.
/// Turns of one conversation run one at a time.
/// NOTE: two activities of one conversation that arrive within milliseconds may run in either order, because the
/// lock does not queue waiters in arrival order.
/// </summary>
internal sealed partial class InboundActivityWorker : BackgroundService
{
    private const int RecoveryBatchSize = 1000;
    private readonly InboundDispatcher _dispatcher;
    private readonly IServiceScopeFactory _scopes;
    private readonly InboundPayloadProtector _protector;
    private readonly BotProtocolOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InboundActivityWorker> _logger;
    private readonly ConcurrentDictionary<Guid, byte> _inFlight = new();
    private readonly ConversationLocks _conversationLocks = new();

    public InboundActivityWorker(
        InboundDispatcher dispatcher,
        IServiceScopeFactory scopes,
        InboundPayloadProtector protector,
        IOptions<BotProtocolOptions> options,
        TimeProvider time,
        ILogger<InboundActivityWorker> logger)
    {
        _dispatcher = dispatcher;
        _scopes = scopes;
        _protector = protector;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverPendingAsync(stoppingToken).ConfigureAwait(false);

        var workers = Enumerable.Range(0, Math.Max(1, _options.QueueWorkerCount))
            .Select(_ => Task.Run(() => ConsumeAsync(stoppingToken), CancellationToken.None))
            .Append(PruneKeysPeriodicallyAsync(stoppingToken));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    private async Task RecoverPendingAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using AsyncServiceScope scope = _scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<IInboundActivityQueue>();
            IReadOnlyList<QueuedActivity> pending = await queue.ListPendingAsync(RecoveryBatchSize, stoppingToken).ConfigureAwait(false);
            foreach (QueuedActivity row in pending)
            {
                _dispatcher.Post(row);
            }

            _logger.QueueRecovered(pending.Count);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.QueueOperationFailed(exception);
        }
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (QueuedActivity row in _dispatcher.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!_inFlight.TryAdd(row.Id, 0))
                {
                    continue;
                }

                try
                {
                    using IDisposable conversationLock = await _conversationLocks
                        .AcquireAsync(row.TenantId + "\n" + row.ConversationId, stoppingToken)
                        .ConfigureAwait(false);
                    await ProcessAsync(row, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    _logger.QueueOperationFailed(exception);
                }
                finally
                {
                    _inFlight.TryRemove(row.Id, out _);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PruneKeysPeriodicallyAsync(CancellationToken stoppingToken)
    {
        TimeSpan interval = TimeSpan.FromTicks(Math.Clamp(_options.DedupeKeyTtl.Ticks / 4, TimeSpan.FromSeconds(10).Ticks, TimeSpan.FromMinutes(5).Ticks));
        using var timer = new PeriodicTimer(interval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await using AsyncServiceScope scope = _scopes.CreateAsyncScope();
                var queue = scope.ServiceProvider.GetRequiredService<IInboundActivityQueue>();
                await queue.PruneKeysAsync(_time.GetUtcNow() - _options.DedupeKeyTtl, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            _logger.QueueOperationFailed(exception);
        }
    }
}
