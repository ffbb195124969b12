using System.Globalization;
using System.Net;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Web.Tests.Fakes;
using GrowBot.Web.Tests.Fixtures;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrowBot.Web.Tests.Ingest;

/// <summary>Loads the demo company through the ingest API into a host that does not seed it.</summary>
public sealed class DemoCompanyIngestTests
{
    private const int BatchSize = 1000;

    [Fact]
    public async Task DemoCompany_ThroughApi_IsServed()
    {
        await using var host = IngestTestHost.Start();
        string tenantId = DemoPersonas.DefaultTenantId;
        string key = await host.CreateKeyAsync(tenantId);
        DemoDataSet demo = DemoCompany.Build(tenantId, TimeProvider.System);

        foreach (IngestRequest request in ToRequests(demo))
        {
            HttpResponseMessage response = await host.PostAsync(key, request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }

        var directory = host.Services.GetRequiredService<IPeopleDirectory>();
        IReadOnlyList<Person> assigned = await directory.ListAssignedAsync(tenantId, DemoCompany.HrbpLiJuan, CancellationToken.None);
        Assert.Contains(assigned, p => p.Id == DemoPersonas.ZhangWei.PersonId && p.NameZh == "张伟");
        Assert.Equal(demo.Assignments.Count(a => a.HrbpId == DemoCompany.HrbpLiJuan && a.IsActive), assigned.Count);
        Assert.Equal(UserRoles.Employee | UserRoles.Hrbp, (await directory.GetRolesAsync(tenantId, DemoCompany.HrbpLiJuan, CancellationToken.None)) & (UserRoles.Employee | UserRoles.Hrbp));

        var metrics = host.Services.GetRequiredService<IMetricStore>();
        MetricSeries ratings = await metrics.GetSeriesAsync(tenantId, DemoPersonas.ZhangWei.PersonId, MetricCodes.Rating, CancellationToken.None);
        Assert.Equal(demo.Series(DemoPersonas.ZhangWei.PersonId, MetricCodes.Rating).Points.Select(p => p.Value), ratings.Points.Select(p => p.Value));

        var reader = host.Services.GetRequiredService<ProfileReader>();
        EmployeeProfile? profile = await reader.ReadAsync(tenantId, DemoCompany.HrbpLiJuan, DemoPersonas.ZhangWei.PersonId, CancellationToken.None);
        Assert.NotNull(profile?.LatestRating);
    }

    [Fact]
    public async Task DemoCompany_ThroughApi_PrepareRepliesWithProfile()
    {
        await using FakeConnectorServer connector = await FakeConnectorServer.StartAsync();
        await using var host = IngestTestHost.Start();
        string tenantId = DemoPersonas.DefaultTenantId;
        string key = await host.CreateKeyAsync(tenantId);
        foreach (IngestRequest request in ToRequests(DemoCompany.Build(tenantId, TimeProvider.System)))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, request)).StatusCode);
        }

        JsonObject activity = TeamsFixtures.Load("01-message-personal-text.json", connector.ServiceUrl);
        activity["text"] = "prepare Zhang Wei";
        activity["locale"] = "en-US";
        activity["from"]!["aadObjectId"] = DemoPersonas.LiJuan.AadObjectId;
        activity["conversation"]!["tenantId"] = tenantId;
        activity["channelData"]!["tenant"]!["id"] = tenantId;
        HttpResponseMessage response = await host.Client.PostAsJsonAsync("/api/messages", activity);
        RecordedRequest reply = Assert.Single(await connector.WaitForRequestsAsync(1));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.NotNull(reply.Card);
        Assert.Contains("Interview preparation: Zhang Wei", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Huang Yong", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 4", reply.AllText, StringComparison.Ordinal);
    }

    /// <summary>People and goals first (parents before children), then the metric points in batches of 1000.</summary>
    private static IEnumerable<IngestRequest> ToRequests(DemoDataSet demo)
    {
        yield return new IngestRequest(
            "demo-roster",
            demo.Departments.Select(d => new IngestDepartmentRecord(d.Id, d.NameEn, d.NameZh, d.ParentId)).ToList(),
            demo.People.Select(ToRecord).ToList(),
            demo.Assignments.Select(a => new IngestAssignmentRecord(a.EmployeeId, a.HrbpId, Date(a.Since), a.Until is { } until ? Date(until) : null)).ToList(),
            demo.Goals.OrderBy(g => g.Level).Select(ToRecord).ToList(),
            []);

        int number = 0;
        foreach (PersonMetricPoint[] chunk in demo.Metrics.Chunk(BatchSize))
        {
            yield return new IngestRequest(
                $"demo-metrics-{number++}", [], [], [], [],
                chunk.Select(m => new IngestMetricRecord(
                    m.PersonId, m.MetricCode, m.Point.Period.ToString(), Date(m.Point.PeriodStart), m.Point.Value, m.Point.Source,
                    m.Point.AsOf.ToString("O", CultureInfo.InvariantCulture))).ToList());
        }
    }

    private static IngestPersonRecord ToRecord(Person p) => new(
        p.Id, p.AadObjectId, p.Email, p.NameEn, p.NameZh, p.Aliases, p.JobTitleEn, p.JobTitleZh, p.DepartmentId, p.ManagerId,
        p.PreferredLocale, p.TimeZone, p.IsActive, null);

    private static IngestGoalRecord ToRecord(Goal g) => new(
        g.Id, g.Level.ToString(), g.ParentId, g.DepartmentId, g.OwnerPersonId, g.TitleEn, g.TitleZh, g.MetricCode, g.Target, g.Progress,
        g.Unit, Date(g.PeriodStart), Date(g.PeriodEnd), g.ContributionPercent, g.Weight);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
