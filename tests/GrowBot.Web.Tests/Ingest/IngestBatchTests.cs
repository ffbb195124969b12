using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Web.Tests.Ingest;

public sealed class IngestBatchTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ValidBatch_IsWritten()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);

        HttpResponseMessage response = await host.PostAsync(key, Batches.Small("b-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject body = await IngestTestHost.ReadJsonAsync(response);
        Assert.Equal("applied", (string?)body["outcome"]);
        Assert.Equal(3, (int?)body["counts"]?["people"]);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        IReadOnlyList<Person> assigned = await directory.ListAssignedAsync(IngestTestHost.TenantA, "hrbp-1", None);
        Assert.Equal(["emp-1", "emp-2"], assigned.Select(p => p.Id).Order().ToArray());
        Person? employee = await directory.GetAsync(IngestTestHost.TenantA, "emp-1", None);
        Assert.Equal("hrbp-1", employee?.ManagerId);
        MetricSeries ratings = await host.Services.GetRequiredService<IMetricStore>().GetSeriesAsync(IngestTestHost.TenantA, "emp-1", MetricCodes.Rating, None);
        Assert.Equal([4.0m, 3.5m], ratings.Points.Select(p => p.Value).ToArray());
        Assert.Equal("hris", ratings.Latest?.Source);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), ratings.Latest?.AsOf);
    }

    [Fact]
    public async Task SameBatchTwice_IsDuplicateAndChangesNothing()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small("b-1"))).StatusCode);
        long sizeAfterFirst = await RowCountAsync(host);

        HttpResponseMessage again = await host.PostAsync(key, Batches.Small("b-1"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("duplicate", (string?)(await IngestTestHost.ReadJsonAsync(again))["outcome"]);
        Assert.Equal(sizeAfterFirst, await RowCountAsync(host));
    }

    [Fact]
    public async Task RecordsWithoutBatchId_AreIdempotent()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        long sizeAfterFirst = await RowCountAsync(host);

        HttpResponseMessage again = await host.PostAsync(key, Batches.Small());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(0, (int?)(await IngestTestHost.ReadJsonAsync(again))["endedAssignments"]);
        Assert.Equal(sizeAfterFirst, await RowCountAsync(host));
    }

    [Fact]
    public async Task ReusedBatchIdWithOtherContent_Returns409()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small("b-1"))).StatusCode);
        JsonObject changed = Batches.Small("b-1");
        changed["metrics"]![0]!["value"] = 1.0m;

        HttpResponseMessage response = await host.PostAsync(key, changed);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        MetricSeries ratings = await host.Services.GetRequiredService<IMetricStore>().GetSeriesAsync(IngestTestHost.TenantA, "emp-1", MetricCodes.Rating, None);
        Assert.Equal(4.0m, ratings.Points[0].Value);
    }

    [Fact]
    public async Task OneBadRecord_RejectsBatch()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        JsonObject batch = Batches.Small();
        batch["people"]![2]!["nameEn"] = "";

        HttpResponseMessage response = await host.PostAsync(key, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        JsonObject problem = await IngestTestHost.ReadJsonAsync(response);
        Assert.Equal(1, (int?)problem["errorCount"]);
        JsonNode error = problem["errors"]![0]!;
        Assert.Equal("people", (string?)error["section"]);
        Assert.Equal(2, (int?)error["index"]);
        Assert.Equal("nameEn", (string?)error["field"]);
        Assert.Equal("/people/2/nameEn", (string?)error["pointer"]);
        Assert.Equal(0, await RowCountAsync(host));
    }

    [Fact]
    public async Task UnknownReference_Returns400AndWritesNothing()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        JsonObject batch = Batches.Small();
        ((JsonArray)batch["metrics"]!).Add(Batches.Metric("nobody", "2026-07-01", 3m));

        HttpResponseMessage response = await host.PostAsync(key, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        JsonNode error = (await IngestTestHost.ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal("metrics", (string?)error["section"]);
        Assert.Equal(2, (int?)error["index"]);
        Assert.Equal("personId", (string?)error["field"]);
        Assert.Equal(0, await RowCountAsync(host));
    }

    [Fact]
    public async Task SeveralBadFields_AreAllListed()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        JsonObject batch = Batches.Small();
        batch["metrics"]![0]!["period"] = "Week";
        batch["metrics"]![1]!["periodStart"] = "2026-07-15";
        batch["assignments"]![0]!["since"] = "01/02/2026";

        HttpResponseMessage response = await host.PostAsync(key, batch);

        JsonObject problem = await IngestTestHost.ReadJsonAsync(response);
        string[] pointers = problem["errors"]!.AsArray().Select(e => (string)e!["pointer"]!).Order().ToArray();
        Assert.Equal(["/assignments/0/since", "/metrics/0/period", "/metrics/1/periodStart"], pointers);
    }

    [Fact]
    public async Task TooManyRecords_Returns413()
    {
        await using var host = IngestTestHost.Start(new() { ["Ingest:MaxBatchRecords"] = "5" });
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);

        HttpResponseMessage response = await host.PostAsync(key, Batches.Small());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("limit is 5", (string?)(await IngestTestHost.ReadJsonAsync(response))["detail"], StringComparison.Ordinal);
        Assert.Equal(0, await RowCountAsync(host));
    }

    [Fact]
    public async Task TooLargeBody_Returns413()
    {
        await using var host = IngestTestHost.Start(new() { ["Ingest:MaxRequestBytes"] = "2048" });
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        var people = new JsonArray();
        for (int i = 0; i < 40; i++)
        {
            people.Add(Batches.Person($"p-{i}"));
        }

        HttpResponseMessage response = await host.PostAsync(key, new JsonObject { ["departments"] = new JsonArray(Batches.Department()), ["people"] = people });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"people\": [")]
    [InlineData("null")]
    [InlineData("{\"metrics\": [{\"value\": \"high\"}]}")]
    public async Task MalformedBody_Returns400(string body)
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);

        HttpResponseMessage response = await host.PostAsync(key, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WrongValueType_NamesPathWithoutTypeNames()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);

        HttpResponseMessage response = await host.PostAsync(key, new StringContent("{\"metrics\": [{\"value\": \"high\"}]}", Encoding.UTF8, "application/json"));

        string detail = (string?)(await IngestTestHost.ReadJsonAsync(response))["detail"] ?? string.Empty;
        Assert.Contains("$.metrics[0].value", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("GrowBot.", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("high", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassignment_MovesEmployeeToNewHrbp()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        var reassignment = new JsonObject
        {
            ["people"] = new JsonArray(Batches.Person("hrbp-2")),
            ["assignments"] = new JsonArray(Batches.Assignment("emp-1", "hrbp-2", "2026-11-01")),
        };

        HttpResponseMessage response = await host.PostAsync(key, reassignment);

        Assert.Equal(1, (int?)(await IngestTestHost.ReadJsonAsync(response))["endedAssignments"]);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.False(await directory.IsAssignedAsync(IngestTestHost.TenantA, "hrbp-1", "emp-1", None));
        Assert.True(await directory.IsAssignedAsync(IngestTestHost.TenantA, "hrbp-2", "emp-1", None));
        Assert.True(await directory.IsAssignedAsync(IngestTestHost.TenantA, "hrbp-1", "emp-2", None));
    }

    [Fact]
    public async Task Leaver_BecomesInactiveAndLeavesHrbpList()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        JsonObject leaver = Batches.Person("emp-2");
        leaver["leftOn"] = "2026-11-30";

        HttpResponseMessage response = await host.PostAsync(key, new JsonObject { ["people"] = new JsonArray(leaver) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.False((await directory.GetAsync(IngestTestHost.TenantA, "emp-2", None))!.IsActive);
        Assert.False(await directory.IsAssignedAsync(IngestTestHost.TenantA, "hrbp-1", "emp-2", None));
        Assert.Equal(["emp-1"], (await directory.ListAssignedAsync(IngestTestHost.TenantA, "hrbp-1", None)).Select(p => p.Id).ToArray());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesBatchEndpoint()
    {
        await using var host = IngestTestHost.Start();

        HttpResponseMessage response = await host.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject document = await IngestTestHost.ReadJsonAsync(response);
        Assert.NotNull(document["paths"]?["/api/v1/batches"]?["post"]);
        Assert.NotNull(document["paths"]?["/api/v1/batches/{batchId}"]?["get"]);
    }

    [Fact]
    public async Task OpenApiDocument_MatchesRecordsAndProblems()
    {
        await using var host = IngestTestHost.Start();

        JsonObject document = await IngestTestHost.ReadJsonAsync(await host.Client.GetAsync("/openapi/v1.json"));

        JsonObject schemas = document["components"]!["schemas"]!.AsObject();
        Assert.NotNull(schemas["IngestPersonRecord"]?["properties"]?["aadObjectId"]);
        Assert.NotNull(schemas["IngestMetricRecord"]?["properties"]?["value"]);
        Assert.Null(schemas["IngestPersonRecord"]?["required"]?.AsArray().FirstOrDefault());
        Assert.Null(schemas["IngestMetricRecord"]?["required"]?.AsArray().FirstOrDefault());
        Assert.NotNull(schemas["IngestProblemError"]?["properties"]?["pointer"]);
        Assert.NotNull(document["paths"]?["/api/v1/batches"]?["post"]?["responses"]?["400"]?["content"]?["application/problem+json"]);
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresApiKeySchemes()
    {
        await using var host = IngestTestHost.Start();

        JsonObject document = await IngestTestHost.ReadJsonAsync(await host.Client.GetAsync("/openapi/v1.json"));

        Assert.Equal("bearer", (string?)document["components"]?["securitySchemes"]?["ApiKeyBearer"]?["scheme"]);
        Assert.Equal("X-Api-Key", (string?)document["components"]?["securitySchemes"]?["ApiKeyHeader"]?["name"]);
        Assert.Equal("header", (string?)document["components"]?["securitySchemes"]?["ApiKeyHeader"]?["in"]);
        JsonArray security = document["paths"]?["/api/v1/batches"]?["post"]?["security"]?.AsArray() ?? [];
        Assert.Equal(["ApiKeyBearer", "ApiKeyHeader"], security.Select(requirement => requirement!.AsObject().Single().Key).ToArray());
    }

    /// <summary>Counts the rows that an ingest batch can write, in every tenant.</summary>
    private static async Task<long> RowCountAsync(IngestTestHost host)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={host.App.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM people) + (SELECT COUNT(*) FROM departments) + (SELECT COUNT(*) FROM hrbp_assignments)
                 + (SELECT COUNT(*) FROM goals) + (SELECT COUNT(*) FROM metric_points) + (SELECT COUNT(*) FROM ingest_batches)
            """;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
