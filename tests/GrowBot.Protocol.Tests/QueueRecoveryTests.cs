using System.Text.Json;
using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Queue;
using GrowBot.Protocol.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Protocol.Tests;

/// <summary>Rows left in the durable queue by a previous process: recovered at start, or dropped after too many attempts.</summary>
public sealed class QueueRecoveryTests
{
    private readonly EphemeralDataProtectionProvider _dataProtection = new();

    [Fact]
    public async Task PendingRow_ProcessedAtStart()
    {
        var queue = new InMemoryInboundActivityQueue();
        await queue.TryEnqueueAsync(CreateRow(attempts: 1), CancellationToken.None);

        await using BotHost bot = await StartAsync(queue);
        await bot.WaitForIdleQueueAsync();

        Assert.Single(bot.Handler.Activities);
        Assert.Equal("1", bot.Handler.Activities[0].Id);
    }

    [Fact]
    public async Task RowAtAttemptLimit_DroppedWithoutTurn()
    {
        var queue = new InMemoryInboundActivityQueue();
        await queue.TryEnqueueAsync(CreateRow(attempts: 3), CancellationToken.None);

        await using BotHost bot = await StartAsync(queue);
        await bot.WaitForIdleQueueAsync();

        Assert.Empty(bot.Handler.Activities);
    }

    [Fact]
    public async Task UnreadablePayload_Dropped()
    {
        var queue = new InMemoryInboundActivityQueue();
        await queue.TryEnqueueAsync(CreateRow(attempts: 0) with { Payload = [1, 2, 3] }, CancellationToken.None);

        await using BotHost bot = await StartAsync(queue);
        await bot.WaitForIdleQueueAsync();

        Assert.Empty(bot.Handler.Activities);
    }

    [Fact]
    public void Payload_IsEncrypted()
    {
        QueuedActivity row = CreateRow(attempts: 0);

        string text = System.Text.Encoding.UTF8.GetString(row.Payload);

        Assert.DoesNotContain("conversation", text, StringComparison.Ordinal);
    }

    private Task<BotHost> StartAsync(InMemoryInboundActivityQueue queue) =>
        BotHost.StartAsync(configureServices: services => services.AddSingleton<IDataProtectionProvider>(_dataProtection), queue: queue);

    private QueuedActivity CreateRow(int attempts)
    {
        var activity = JsonSerializer.Deserialize<GrowBot.Protocol.Activities.Activity>(
            Fixtures.Load("01-message-personal-text.json", "http://127.0.0.1:9/").ToJsonString(), ProtocolJson.Options)!;
        activity.Type = "event";
        activity.Id = "1";
        byte[] payload = new InboundPayloadProtector(_dataProtection).Protect(activity);
        return new QueuedActivity(Guid.NewGuid(), "tenant", activity.Conversation!.Id!, activity.Id, payload, DateTimeOffset.UtcNow, attempts);
    }
}
