using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.People;
using GrowBot.Web.Ingest;
using Microsoft.Extensions.Configuration;

namespace GrowBot.Web.Tests.Ingest;

public sealed class IngestAuthTests
{
    [Fact]
    public async Task MissingKey_Returns401WithChallenge()
    {
        await using var host = IngestTestHost.Start();

        HttpResponseMessage response = await host.PostAsync(null, Batches.Small());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("gbk_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task InvalidKey_Returns401(string key)
    {
        await using var host = IngestTestHost.Start();
        await host.CreateKeyAsync(IngestTestHost.TenantA);

        HttpResponseMessage response = await host.PostAsync(key, Batches.Small());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ValidKeyWithWrongSecret_Returns401()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        string tampered = key[..^4] + (key.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        HttpResponseMessage response = await host.PostAsync(tampered, Batches.Small());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task XApiKeyHeader_IsAccepted()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/batches") { Content = System.Net.Http.Json.JsonContent.Create(Batches.Small()) };
        request.Headers.Add("X-Api-Key", key);

        HttpResponseMessage response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task KeyOfTenantA_WritesOnlyTenantA()
    {
        await using var host = IngestTestHost.Start();
        string keyA = await host.CreateKeyAsync(IngestTestHost.TenantA);
        await host.CreateKeyAsync(IngestTestHost.TenantB);

        HttpResponseMessage response = await host.PostAsync(keyA, Batches.Small());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.NotNull(await directory.GetAsync(IngestTestHost.TenantA, "emp-1", CancellationToken.None));
        Assert.Null(await directory.GetAsync(IngestTestHost.TenantB, "emp-1", CancellationToken.None));
    }

    [Fact]
    public async Task TenantIdInBody_IsRejected()
    {
        await using var host = IngestTestHost.Start();
        string keyA = await host.CreateKeyAsync(IngestTestHost.TenantA);
        JsonObject batch = Batches.Small();
        batch["tenantId"] = IngestTestHost.TenantB;

        HttpResponseMessage response = await host.PostAsync(keyA, batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        Assert.Null(await directory.GetAsync(IngestTestHost.TenantA, "emp-1", CancellationToken.None));
        Assert.Null(await directory.GetAsync(IngestTestHost.TenantB, "emp-1", CancellationToken.None));
    }

    [Fact]
    public async Task Rotation_InvalidatesOldKey()
    {
        await using var host = IngestTestHost.Start();
        string oldKey = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(oldKey, Batches.Small())).StatusCode);

        string newKey = await host.Services.GetRequiredService<IApiKeyStore>().CreateAsync(IngestTestHost.TenantA, revokeOthers: true, CancellationToken.None);

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(oldKey, Batches.Small())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(newKey, Batches.Small())).StatusCode);
    }

    [Fact]
    public async Task ApiKeyCommand_Rotate_RevokesOldKey()
    {
        await using var host = IngestTestHost.Start();
        string oldKey = await host.CreateKeyAsync(IngestTestHost.TenantA);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:GrowBot"] = $"Data Source={host.App.DatabasePath}" })
            .Build();
        var output = new StringWriter();

        int exitCode = await new ApiKeyCommand(() => configuration).RunAsync(["rotate", "--tenant", IngestTestHost.TenantA], output, CancellationToken.None);

        Assert.Equal(0, exitCode);
        string newKey = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.StartsWith("gbk_", newKey, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(oldKey, Batches.Small())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(newKey, Batches.Small())).StatusCode);
    }

    [Fact]
    public async Task ApiKeyCommand_WithoutTenant_Fails()
    {
        var command = new ApiKeyCommand(() => new ConfigurationBuilder().Build());

        await Assert.ThrowsAsync<GrowBot.Web.Operator.OperatorCommandException>(
            () => command.RunAsync(["create"], new StringWriter(), CancellationToken.None));
    }

    [Fact]
    public async Task GetBatch_OfOtherTenant_IsNotFound()
    {
        await using var host = IngestTestHost.Start();
        string keyA = await host.CreateKeyAsync(IngestTestHost.TenantA);
        string keyB = await host.CreateKeyAsync(IngestTestHost.TenantB);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(keyA, Batches.Small("batch-1"))).StatusCode);

        using var requestB = new HttpRequestMessage(HttpMethod.Get, "/api/v1/batches/batch-1");
        requestB.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keyB);
        using var requestA = new HttpRequestMessage(HttpMethod.Get, "/api/v1/batches/batch-1");
        requestA.Headers.Authorization = new AuthenticationHeaderValue("Bearer", keyA);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.SendAsync(requestB)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.SendAsync(requestA)).StatusCode);
    }
}
