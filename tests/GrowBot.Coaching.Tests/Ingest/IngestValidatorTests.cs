using GrowBot.Coaching.Ingest;

namespace GrowBot.Coaching.Tests.Ingest;

public sealed class IngestValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static IngestPersonRecord Person(string id, string? managerId = null, string departmentId = "d-1") =>
        new(id, null, null, $"Person {id}", null, null, null, null, departmentId, managerId, null, null, null, null);

    private static IngestMetricRecord Metric(string personId, string periodStart, string period = "Quarter") =>
        new(personId, "rating", period, periodStart, 4m, null, null);

    private static IngestRequest Request(IReadOnlyList<IngestPersonRecord>? people = null, IReadOnlyList<IngestMetricRecord>? metrics = null) =>
        new("b-1", [new IngestDepartmentRecord("d-1", "Sales", null, null)], people ?? [], [], [], metrics ?? []);

    [Fact]
    public void Valid_ConvertsWithDefaults()
    {
        (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate("t-1", Request([Person("p-1")], [Metric("p-1", "2026-07-01")]), Now);

        Assert.Empty(errors);
        Assert.NotNull(batch);
        Assert.Equal("Person p-1", batch.People[0].Person.NameZh);
        Assert.Equal("Sales", batch.Departments[0].NameZh);
        Assert.Equal("ingest", batch.Metrics[0].Point.Source);
        Assert.Equal(Now, batch.Metrics[0].Point.AsOf);
    }

    [Fact]
    public void DuplicateIds_AreReportedAtSecondIndex()
    {
        (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate("t-1", Request([Person("p-1"), Person("p-1")]), Now);

        Assert.Null(batch);
        IngestError error = Assert.Single(errors);
        Assert.Equal((IngestSections.People, 1, "id"), (error.Section, error.Index, error.Field));
    }

    [Theory]
    [InlineData("2026-08-01", "Quarter", "periodStart")]
    [InlineData("2026-07-01", "7", "period")]
    [InlineData("2026/07/01", "Quarter", "periodStart")]
    public void InvalidPeriod_IsReported(string periodStart, string period, string field)
    {
        (_, IReadOnlyList<IngestError> errors) = IngestValidator.Validate("t-1", Request([Person("p-1")], [Metric("p-1", periodStart, period)]), Now);

        IngestError error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(0, error.Index);
    }

    [Fact]
    public void Leaver_IsInactiveWithLeftOn()
    {
        IngestPersonRecord leaver = Person("p-1") with { LeftOn = "2026-11-30" };

        (IngestBatch? batch, _) = IngestValidator.Validate("t-1", Request([leaver]), Now);

        Assert.False(batch!.People[0].Person.IsActive);
        Assert.Equal(new DateOnly(2026, 11, 30), batch.People[0].LeftOn);
    }

    [Fact]
    public void References_OutsideBatchAndStore_AreReported()
    {
        (IngestBatch? batch, _) = IngestValidator.Validate("t-1", Request([Person("p-1", managerId: "boss"), Person("p-2", departmentId: "d-9")], [Metric("p-3", "2026-07-01")]), Now);
        var stored = new IngestIds(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());

        IReadOnlyList<IngestError> errors = IngestValidator.CheckReferences(batch!, stored);

        Assert.Equal(
            ["metrics/0/personId", "people/0/managerId", "people/1/departmentId"],
            errors.Select(e => $"{e.Section}/{e.Index}/{e.Field}").Order().ToArray());
    }

    [Fact]
    public void References_InStore_AreAccepted()
    {
        (IngestBatch? batch, _) = IngestValidator.Validate("t-1", Request([Person("p-1", managerId: "boss")]), Now);
        var stored = new IngestIds(new HashSet<string> { "boss" }, new HashSet<string>(), new HashSet<string>());

        Assert.Empty(IngestValidator.CheckReferences(batch!, stored));
        Assert.Contains("boss", IngestValidator.ReferencedIds(batch!).People);
    }

    [Fact]
    public void ApiKey_RoundTripsKeyIdAndHash()
    {
        (string key, string keyId, byte[] hash) = ApiKeyFormat.Generate();

        Assert.True(ApiKeyFormat.TryGetKeyId(key, out string parsed));
        Assert.Equal(keyId, parsed);
        Assert.True(ApiKeyFormat.Matches(key, hash));
        Assert.False(ApiKeyFormat.Matches(key + "x", hash));
        Assert.False(ApiKeyFormat.TryGetKeyId("gbk_short_secret", out _));
        Assert.NotEqual(key, ApiKeyFormat.Generate().Key);
    }
}
