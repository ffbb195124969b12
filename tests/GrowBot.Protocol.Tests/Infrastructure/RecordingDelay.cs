using System.Collections.Concurrent;
using GrowBot.Protocol.Connector;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>Records connector retry delays and returns at once.</summary>
internal sealed class RecordingDelay : ConnectorDelay
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public IReadOnlyList<TimeSpan> Delays => _delays.ToList();

    public override Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        _delays.Enqueue(delay);
        return Task.CompletedTask;
    }
}
