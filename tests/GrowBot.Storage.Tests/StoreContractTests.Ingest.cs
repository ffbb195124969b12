using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    // ── Ingest batches and API keys ──

    private static IngestBatch ValidBatch(string tenantId, string? batchId, decimal rating = 4m, string hrbpId = "h-1")
    {
        var request = new IngestRequest(
            batchId,
            [new IngestDepartmentRecord("d-1", "Sales", null, null)],
            [Person("h-1"), Person("h-2"), Person("e-1")],
            [new IngestAssignmentRecord("e-1", hrbpId, "2026-01-01", null)],
            [],
            [new IngestMetricRecord("e-1", MetricCodes.Rating, "Quarter", "2026-07-01", rating, "hris", null)]);
        (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate(tenantId, request, StorageHarness.Now);
        Assert.Empty(errors);
        return batch!;

        static IngestPersonRecord Person(string id) => new(id, null, null, $"Person {id}", null, null, null, null, "d-1", null, null, null, null, null);
    }

    [SkippableFact]
    public async Task Ingest_SameBatchIdTwice_IsDuplicate()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();

        IngestResult first = await store.ApplyAsync(ValidBatch(tenant, "b-1"), "hash-1", Ct);
        IngestResult second = await store.ApplyAsync(ValidBatch(tenant, "b-1"), "hash-1", Ct);
        IngestResult conflict = await store.ApplyAsync(ValidBatch(tenant, "b-1", rating: 1m), "hash-2", Ct);

        Assert.Equal(IngestOutcome.Applied, first.Outcome);
        Assert.Equal(IngestOutcome.Duplicate, second.Outcome);
        Assert.Equal(IngestOutcome.Conflict, conflict.Outcome);
        MetricSeries series = await Harness.Get<IMetricStore>().GetSeriesAsync(tenant, "e-1", MetricCodes.Rating, Ct);
        Assert.Equal(4m, Assert.Single(series.Points).Value);
        Assert.Equal(6, (await store.FindBatchAsync(tenant, "b-1", Ct))?.RecordCount);
    }

    [SkippableFact]
    public async Task Ingest_ConcurrentSameBatchId_WritesOnce()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();

        IngestResult[] results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => store.ApplyAsync(ValidBatch(tenant, "b-race"), "hash-1", Ct)));

        Assert.Single(results, r => r.Outcome == IngestOutcome.Applied);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { IngestOutcome.Applied, IngestOutcome.Duplicate }));
    }

    [SkippableFact]
    public async Task Ingest_UnknownReference_WritesNothing()
    {
        string tenant = NewTenant();
        IngestBatch batch = ValidBatch(tenant, "b-1") with
        {
            Metrics = [new PersonMetric("ghost", MetricCodes.Rating, new MetricPoint(new DateOnly(2026, 7, 1), PeriodKind.Quarter, 3m, "hris", StorageHarness.Now))],
        };

        IngestResult result = await Harness.Get<IIngestStore>().ApplyAsync(batch, "hash-1", Ct);

        Assert.Equal(IngestOutcome.Rejected, result.Outcome);
        Assert.Equal("personId", Assert.Single(result.Errors).Field);
        Assert.Null(await Harness.Get<IPeopleDirectory>().GetAsync(tenant, "e-1", Ct));
        Assert.Null(await Harness.Get<IIngestStore>().FindBatchAsync(tenant, "b-1", Ct));
    }

    [SkippableFact]
    public async Task Ingest_Reassignment_EndsOldAssignment()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);

        IngestResult moved = await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Assert.Equal(1, moved.EndedAssignments);
        var directory = Harness.Get<IPeopleDirectory>();
        Assert.False(await directory.IsAssignedAsync(tenant, "h-1", "e-1", Ct));
        Assert.True(await directory.IsAssignedAsync(tenant, "h-2", "e-1", Ct));
    }

    [SkippableFact]
    public async Task Ingest_Reassignment_MovesOpenActionItems()
    {
        string tenant = NewTenant();
        var store = Harness.Get<IIngestStore>();
        var items = Harness.Get<IActionItemStore>();
        await store.ApplyAsync(ValidBatch(tenant, null), "", Ct);
        ActionItem open = await items.SaveAsync(Item(tenant, "i-open", ActionItemStatus.Open), Ct);
        ActionItem done = await items.SaveAsync(Item(tenant, "i-done", ActionItemStatus.Done), Ct);

        await store.ApplyAsync(ValidBatch(tenant, null, hrbpId: "h-2"), "", Ct);

        Assert.Equal("h-2", (await items.GetAsync(tenant, open.Id, Ct))!.HrbpId);
        Assert.Equal("h-1", (await items.GetAsync(tenant, done.Id, Ct))!.HrbpId);
    }

    private static ActionItem Item(string tenant, string id, ActionItemStatus status) => new(
        tenant, id, null, "h-1", "e-1", "Finish the SQL course", "e-1", new DateOnly(2027, 1, 15),
        [], CheckInCadence.WeeklyFriday, null, null, status, 0, StorageHarness.Now, null);

    [SkippableFact]
    public async Task ApiKeys_RotateRevokesAndScopesTenant()
    {
        string tenant = NewTenant();
        var keys = Harness.Get<IApiKeyStore>();

        string first = await keys.CreateAsync(tenant, revokeOthers: false, Ct);
        string second = await keys.CreateAsync(tenant, revokeOthers: false, Ct);
        Assert.Equal(tenant, await keys.FindTenantAsync(first, Ct));
        Assert.Equal(tenant, await keys.FindTenantAsync(second, Ct));

        string rotated = await keys.CreateAsync(tenant, revokeOthers: true, Ct);

        Assert.Null(await keys.FindTenantAsync(first, Ct));
        Assert.Null(await keys.FindTenantAsync(second, Ct));
        Assert.Equal(tenant, await keys.FindTenantAsync(rotated, Ct));
        Assert.Null(await keys.FindTenantAsync(rotated[..^1] + (rotated[^1] == 'A' ? 'B' : 'A'), Ct));
    }
}
