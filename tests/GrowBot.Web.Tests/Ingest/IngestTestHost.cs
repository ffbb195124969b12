using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Ingest;

namespace GrowBot.Web.Tests.Ingest;

/// <summary>The GrowBot host without the demo company, with helpers to create keys and post batches.</summary>
internal sealed class IngestTestHost : IAsyncDisposable
{
    public const string TenantA = "tenant-a";
    public const string TenantB = "tenant-b";

    private IngestTestHost(GrowBotAppFactory app)
    {
        App = app;
        Client = app.CreateClient();
    }

    public GrowBotAppFactory App { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    public static IngestTestHost Start(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Demo:Seed"] = "false" };
        foreach ((string key, string? value) in settings ?? [])
        {
            all[key] = value;
        }

        return new IngestTestHost(new GrowBotAppFactory(all));
    }

    public Task<string> CreateKeyAsync(string tenantId) =>
        Services.GetRequiredService<IApiKeyStore>().CreateAsync(tenantId, revokeOthers: false, CancellationToken.None);

    public Task<HttpResponseMessage> PostAsync(string? key, object body) => PostAsync(key, JsonContent.Create(body));

    public async Task<HttpResponseMessage> PostAsync(string? key, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/batches") { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await Client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)!;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>Small valid batches.</summary>
internal static class Batches
{
    public static JsonObject Department(string id = "d-sales") => new() { ["id"] = id, ["nameEn"] = "Sales", ["nameZh"] = "销售部" };

    public static JsonObject Person(string id, string departmentId = "d-sales", string? managerId = null) => new()
    {
        ["id"] = id,
        ["nameEn"] = $"Person {id}",
        ["nameZh"] = $"员工 {id}",
        ["email"] = $"{id}@example.com",
        ["jobTitleEn"] = "Account manager",
        ["departmentId"] = departmentId,
        ["managerId"] = managerId,
    };

    public static JsonObject Assignment(string employeeId, string hrbpId, string since = "2026-01-01") =>
        new() { ["employeeId"] = employeeId, ["hrbpId"] = hrbpId, ["since"] = since };

    public static JsonObject Metric(string personId, string periodStart, decimal value, string code = "rating") => new()
    {
        ["personId"] = personId,
        ["metricCode"] = code,
        ["period"] = "Quarter",
        ["periodStart"] = periodStart,
        ["value"] = value,
        ["source"] = "hris",
        ["asOf"] = "2026-10-01T00:00:00Z",
    };

    /// <summary>A department, an HRBP, two employees, their assignments and two ratings of one of them.</summary>
    public static JsonObject Small(string? batchId = null) => new()
    {
        ["batchId"] = batchId,
        ["departments"] = new JsonArray(Department()),
        ["people"] = new JsonArray(Person("hrbp-1"), Person("emp-1", managerId: "hrbp-1"), Person("emp-2")),
        ["assignments"] = new JsonArray(Assignment("emp-1", "hrbp-1"), Assignment("emp-2", "hrbp-1")),
        ["metrics"] = new JsonArray(Metric("emp-1", "2026-04-01", 4.0m), Metric("emp-1", "2026-07-01", 3.5m)),
    };
}
