using GrowBot.Bot.Commands;
using GrowBot.Coaching.People;
using GrowBot.Integrations.Connectors;
using GrowBot.Integrations.Graph;

namespace GrowBot.Web.Tests.Ingest;

public sealed class DataSourceRegistrationTests
{
    [Fact]
    public async Task Host_RegistersConfiguredConnectors()
    {
        await using var host = IngestTestHost.Start(new()
        {
            ["Connectors:Hris:BaseUrl"] = "http://127.0.0.1:9/hris",
            ["Connectors:Hris:Metrics"] = "rating",
        });

        RestConnector connector = Assert.Single(host.Services.GetRequiredService<IReadOnlyList<RestConnector>>());

        Assert.Equal("Hris", connector.Options.Name);
        Assert.True(connector.Serves("any-tenant", "rating"));
        Assert.NotNull(host.Services.GetRequiredService<ConnectorMetricSource>());
        Assert.Null(host.Services.GetService<GraphDirectory>());
    }

    [Theory]
    [InlineData("growbot-catalog-id", typeof(GraphChatProvisioner))]
    [InlineData(null, typeof(UnconfiguredChatProvisioner))]
    public async Task Host_ProvisionsChatsOnlyWithTeamsAppId(string? teamsAppId, Type expected)
    {
        await using var host = IngestTestHost.Start(new()
        {
            ["Graph:BaseUrl"] = "http://127.0.0.1:9/v1.0",
            ["Graph:TenantId"] = "tenant-a",
            ["Graph:ClientId"] = "graph-client",
            ["Graph:ClientSecret"] = "not-a-secret",
            ["Graph:TeamsAppId"] = teamsAppId,
        });

        Assert.IsType(expected, host.Services.GetRequiredService<IPersonalChatProvisioner>());
    }
}
