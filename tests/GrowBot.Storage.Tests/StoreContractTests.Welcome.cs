using GrowBot.Protocol.Hosting;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    // ── Welcome ledger ──

    [SkippableFact]
    public async Task WelcomeLedger_SecondRecord_ReturnsFalse()
    {
        IWelcomeLedger ledger = Harness.Get<IWelcomeLedger>();
        string tenant = NewTenant();

        bool first = await ledger.TryRecordAsync(tenant, "a:conversation", "29:user", Ct);
        bool second = await ledger.TryRecordAsync(tenant, "a:conversation", "29:user", Ct);
        bool otherMember = await ledger.TryRecordAsync(tenant, "a:conversation", "29:other", Ct);
        bool otherTenant = await ledger.TryRecordAsync(NewTenant(), "a:conversation", "29:user", Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.True(otherMember);
        Assert.True(otherTenant);
    }

    [SkippableFact]
    public async Task WelcomeLedger_ConcurrentRecords_OneWins()
    {
        IWelcomeLedger ledger = Harness.Get<IWelcomeLedger>();
        string tenant = NewTenant();

        bool[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ledger.TryRecordAsync(tenant, "a:race", "29:user", Ct)));

        Assert.Single(results, recorded => recorded);
    }
}
