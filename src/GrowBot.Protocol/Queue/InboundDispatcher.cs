using System.Threading.Channels;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Protocol.Queue;

/// <summary>
/// Hands accepted activities from the endpoint to the background workers in this process. The durable queue keeps
/// the row, so a restart recovers what this in-memory channel loses.
/// </summary>
internal sealed class InboundDispatcher
{
    private readonly Channel<QueuedActivity> _channel = Channel.CreateUnbounded<QueuedActivity>(new UnboundedChannelOptions { SingleWriter = false });

    public ChannelReader<QueuedActivity> Reader => _channel.Reader;

    public void Post(QueuedActivity activity) => _channel.Writer.TryWrite(activity);
}
