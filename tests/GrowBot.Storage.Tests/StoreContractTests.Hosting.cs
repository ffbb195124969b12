using GrowBot.Protocol.Hosting;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    [SkippableFact]
    public async Task Queue_SameActivityTwice_SecondIsDropped()
    {
        IInboundActivityQueue queue = Harness.Get<IInboundActivityQueue>();
        string tenant = NewTenant();
        QueuedActivity first = NewActivity(tenant, "conv-1", "act-1");

        bool accepted = await queue.TryEnqueueAsync(first, Ct);
        bool redelivered = await queue.TryEnqueueAsync(first with { Id = Guid.NewGuid() }, Ct);

        Assert.True(accepted);
        Assert.False(redelivered);
        Assert.Single(await PendingAsync(queue, tenant));
    }

    [SkippableFact]
    public async Task Queue_CompletedActivity_KeyStaysUntilPruned()
    {
        StorageHarness harness = Harness;
        IInboundActivityQueue queue = harness.Get<IInboundActivityQueue>();
        string tenant = NewTenant();
        QueuedActivity activity = NewActivity(tenant, "conv-1", "act-1");
        await queue.TryEnqueueAsync(activity, Ct);

        await queue.RecordAttemptAsync(activity.Id, Ct);
        await queue.RecordAttemptAsync(activity.Id, Ct);
        Assert.Equal(2, Assert.Single(await PendingAsync(queue, tenant)).Attempts);

        await queue.CompleteAsync(activity.Id, Ct);
        Assert.Empty(await PendingAsync(queue, tenant));
        Assert.False(await queue.TryEnqueueAsync(activity with { Id = Guid.NewGuid() }, Ct));

        await queue.PruneKeysAsync(harness.Clock.GetUtcNow().AddSeconds(1), Ct);
        Assert.True(await queue.TryEnqueueAsync(activity with { Id = Guid.NewGuid() }, Ct));
    }

    [SkippableFact]
    public async Task Queue_ConcurrentDoubleEnqueue_OneWins()
    {
        IInboundActivityQueue queue = Harness.Get<IInboundActivityQueue>();
        string tenant = NewTenant();
        QueuedActivity activity = NewActivity(tenant, "conv-1", "act-1");

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => queue.TryEnqueueAsync(activity with { Id = Guid.NewGuid() }, Ct))));

        Assert.Equal(1, results.Count(r => r));
        Assert.Single(await PendingAsync(queue, tenant));
    }

    [SkippableFact]
    public async Task Queue_ListPending_OldestFirstWithPayload()
    {
        IInboundActivityQueue queue = Harness.Get<IInboundActivityQueue>();
        string tenant = NewTenant();
        QueuedActivity later = NewActivity(tenant, "conv-1", "act-2") with { ReceivedAt = StorageHarness.Now.AddMinutes(-1) };
        QueuedActivity earlier = NewActivity(tenant, "conv-1", "act-1") with { ReceivedAt = StorageHarness.Now.AddMinutes(-5) };
        await queue.TryEnqueueAsync(later, Ct);
        await queue.TryEnqueueAsync(earlier, Ct);

        IReadOnlyList<QueuedActivity> pending = await PendingAsync(queue, tenant);

        Assert.Equal(["act-1", "act-2"], pending.Select(p => p.ActivityId));
        Assert.Equal(earlier.Payload, pending[0].Payload);
        Assert.Equal(earlier.ReceivedAt, pending[0].ReceivedAt);
    }

    [SkippableFact]
    public async Task References_MarkStale_HidesUntilSavedAgain()
    {
        IConversationReferenceStore store = Harness.Get<IConversationReferenceStore>();
        string tenant = NewTenant();
        var reference = new ConversationReference(tenant, "29:user", "aad-1", "a:conv-1", "personal",
            "https://smba.trafficmanager.net/amer/", "28:bot", "msteams", StorageHarness.Now);
        await store.SaveAsync(reference, Ct);

        Assert.Equal("a:conv-1", (await store.FindPersonalAsync(tenant, "aad-1", Ct))?.ConversationId);

        await store.MarkStaleAsync(tenant, "a:conv-1", "ConversationBlockedByUser", Ct);
        Assert.Null(await store.FindPersonalAsync(tenant, "aad-1", Ct));
        Assert.True(await store.IsKnownServiceUrlAsync(tenant, "https://SMBA.trafficmanager.net/amer", Ct));

        await store.SaveAsync(reference with { UpdatedAt = StorageHarness.Now.AddMinutes(1) }, Ct);
        ConversationReference? fresh = await store.FindPersonalAsync(tenant, "aad-1", Ct);
        Assert.NotNull(fresh);
        Assert.False(fresh.IsStale);
        Assert.Null(fresh.StaleReason);
    }

    [SkippableFact]
    public async Task References_FreshestPersonal_OtherTenantUnknown()
    {
        IConversationReferenceStore store = Harness.Get<IConversationReferenceStore>();
        string tenant = NewTenant();
        var older = new ConversationReference(tenant, "29:user", "aad-1", "a:old", "personal", "https://smba.example/amer/", "28:bot", "msteams", StorageHarness.Now.AddDays(-2));
        await store.SaveAsync(older, Ct);
        await store.SaveAsync(older with { ConversationId = "a:new", UpdatedAt = StorageHarness.Now }, Ct);
        await store.SaveAsync(older with { ConversationId = "19:group", ConversationType = "groupChat", UpdatedAt = StorageHarness.Now.AddDays(1) }, Ct);

        Assert.Equal("a:new", (await store.FindPersonalAsync(tenant, "aad-1", Ct))?.ConversationId);
        Assert.Null(await store.FindPersonalAsync(NewTenant(), "aad-1", Ct));
        Assert.False(await store.IsKnownServiceUrlAsync(NewTenant(), "https://smba.example/amer/", Ct));
    }

    private static QueuedActivity NewActivity(string tenant, string conversationId, string activityId) =>
        new(Guid.NewGuid(), tenant, conversationId, activityId, [1, 2, 3, 0xFF], StorageHarness.Now);

    private static async Task<IReadOnlyList<QueuedActivity>> PendingAsync(IInboundActivityQueue queue, string tenant) =>
        (await queue.ListPendingAsync(10_000, Ct)).Where(a => a.TenantId == tenant).ToList();
}
