using System.Text;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Notes;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    private const string SecretNotes = "张伟说压力很大 — Zhang Wei feels stressed and is thinking about leaving.";

    [SkippableFact]
    public async Task Notes_AddAndGet_RoundTrips()
    {
        INoteStore store = Harness.Get<INoteStore>();
        string tenant = NewTenant();
        InterviewNote note = Note(tenant, "n-1", StorageHarness.Now);

        await store.AddAsync(note, Ct);
        await store.AddAsync(Note(tenant, "n-2", StorageHarness.Now.AddMinutes(1)), Ct);

        Assert.Equal(note, await store.GetAsync(tenant, "n-1", Ct));
        Assert.Null(await store.GetAsync(NewTenant(), "n-1", Ct));
        Assert.Equal(["n-2", "n-1"], (await store.ListByAuthorAsync(tenant, "hrbp-1", 10, Ct)).Select(n => n.Id));
    }

    [SkippableFact]
    public async Task Notes_StoredText_IsNotPlaintext()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();

        await harness.Get<INoteStore>().AddAsync(Note(tenant, "n-1", StorageHarness.Now), Ct);

        await using GrowBotDbContext db = harness.Get<GrowBotDbContextFactory>().CreateDbContext();
        var row = await db.InterviewNotes.AsNoTracking().SingleAsync(n => n.TenantId == tenant);
        foreach (byte[] stored in new[] { row.ProtectedText, row.ProtectedAnalysis })
        {
            string asText = Encoding.UTF8.GetString(stored);
            Assert.DoesNotContain("Zhang Wei", asText, StringComparison.Ordinal);
            Assert.DoesNotContain("压力", asText, StringComparison.Ordinal);
            Assert.DoesNotContain("stressed", asText, StringComparison.Ordinal);
            Assert.NotEmpty(stored);
        }
    }

    [SkippableFact]
    public async Task TokenUsage_AddsUpPerTenantAndMonth()
    {
        ITokenUsageStore store = Harness.Get<ITokenUsageStore>();
        string tenant = NewTenant();

        await store.AddAsync(tenant, "2026-12", new TokenUsage(100, 20), Ct);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => store.AddAsync(tenant, "2026-12", new TokenUsage(10, 2), Ct)));
        await store.AddAsync(tenant, "2026-11", new TokenUsage(7, 1), Ct);

        Assert.Equal(new MonthlyTokenUsage(tenant, "2026-12", 150, 30), await store.GetAsync(tenant, "2026-12", Ct));
        Assert.Equal(8, (await store.GetAsync(tenant, "2026-11", Ct)).Total);
        Assert.Equal(0, (await store.GetAsync(NewTenant(), "2026-12", Ct)).Total);
    }

    [SkippableFact]
    public async Task PersonNames_ListNamesAndAliases()
    {
        IReadOnlyList<string> names = await Harness.Get<IPersonNameSource>().ListNamesAsync(DemoTenant, Ct);

        Assert.Contains("张伟", names);
        Assert.Contains("Zhang Wei", names);
        Assert.Contains("李娟", names);
        Assert.Empty(await Harness.Get<IPersonNameSource>().ListNamesAsync(NewTenant(), Ct));
    }

    private static InterviewNote Note(string tenant, string id, DateTimeOffset at) => new(
        tenant, id, "hrbp-1", DemoPersonas.ZhangWei.PersonId, null, NotePrivacy.Private, at, SecretNotes,
        """{"analysis":"Zhang Wei stressed"}""", BuiltInNoteAnalyser.AnalyserName);
}
