using System.Net;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Web.Ingest;
using GrowBot.Web.Operator;
using Microsoft.Extensions.Configuration;

namespace GrowBot.Web.Tests.Ingest;

public sealed class ImportCommandTests
{
    private const string MetricsMapping = """
        { "kind": "Metrics",
          "columns": { "Employee No": "personId", "Quarter": "periodStart", "Score": "value" },
          "defaults": { "metricCode": "rating", "period": "Quarter", "source": "hris-export" } }
        """;

    [Fact]
    public async Task ImportMetrics_ReportsRejectedRowsAndIsRerunnable()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        string directory = Directory.CreateTempSubdirectory("growbot-import").FullName;
        string csv = Path.Combine(directory, "ratings.csv");
        string mapping = Path.Combine(directory, "mapping.json");
        await File.WriteAllTextAsync(csv, """
            Employee No,Quarter,Score
            emp-2,2026-01-01,3.9
            emp-2,2026-04-01,high
            nobody,2026-04-01,4.0
            emp-2,2026-04-01,4.2
            """);
        await File.WriteAllTextAsync(mapping, MetricsMapping);
        ImportCommand command = Command(host);
        string[] args = ["--tenant", IngestTestHost.TenantA, "--file", csv, "--mapping", mapping];

        var first = new StringWriter();
        int firstExit = await command.RunAsync(args, first, CancellationToken.None);
        var second = new StringWriter();
        int secondExit = await command.RunAsync(args, second, CancellationToken.None);

        Assert.Equal(1, firstExit);
        Assert.Contains("2 rows accepted, 2 rows rejected", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 3: value: must be a number", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 4: personId: person 'nobody'", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, secondExit);
        MetricSeries series = await host.Services.GetRequiredService<IMetricStore>().GetSeriesAsync(IngestTestHost.TenantA, "emp-2", MetricCodes.Rating, CancellationToken.None);
        Assert.Equal([3.9m, 4.2m], series.Points.Select(p => p.Value).ToArray());
        Assert.All(series.Points, p => Assert.Equal("hris-export", p.Source));
    }

    [Fact]
    public async Task ImportWithMissingColumn_NamesTheColumn()
    {
        await using var host = IngestTestHost.Start();
        string directory = Directory.CreateTempSubdirectory("growbot-import").FullName;
        string csv = Path.Combine(directory, "ratings.csv");
        string mapping = Path.Combine(directory, "mapping.json");
        await File.WriteAllTextAsync(csv, "EmpNo;Quarter;Score\nemp-2;2026-01-01;3.9\n");
        await File.WriteAllTextAsync(mapping, MetricsMapping);

        OperatorCommandException exception = await Assert.ThrowsAsync<OperatorCommandException>(
            () => Command(host).RunAsync(["--tenant", IngestTestHost.TenantA, "--file", csv, "--mapping", mapping], new StringWriter(), CancellationToken.None));

        Assert.Contains("'Employee No'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("delimiter", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPeople_WritesPeople()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        string directory = Directory.CreateTempSubdirectory("growbot-import").FullName;
        string csv = Path.Combine(directory, "people.csv");
        string mapping = Path.Combine(directory, "mapping.json");
        await File.WriteAllTextAsync(csv, """
            id;nameEn;nameZh;Dept;aliases
            emp-9;Lin Na;林娜;d-sales;Nina;Na Lin
            """);
        await File.WriteAllTextAsync(mapping, """{ "kind": "People", "delimiter": ";", "columns": { "Dept": "departmentId" } }""");

        var output = new StringWriter();
        int exit = await Command(host).RunAsync(["--tenant", IngestTestHost.TenantA, "--file", csv, "--mapping", mapping], output, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Person? person = await host.Services.GetRequiredService<IPeopleDirectory>().GetAsync(IngestTestHost.TenantA, "emp-9", CancellationToken.None);
        Assert.Equal("林娜", person?.NameZh);
        Assert.Equal("d-sales", person?.DepartmentId);
    }

    [Fact]
    public async Task MappingWithUnknownField_Fails()
    {
        string directory = Directory.CreateTempSubdirectory("growbot-import").FullName;
        string mapping = Path.Combine(directory, "mapping.json");
        await File.WriteAllTextAsync(mapping, """{ "kind": "Metrics", "columns": { "Score": "score" } }""");
        var command = new ImportCommand(() => new ConfigurationBuilder().Build());

        var exception = await Assert.ThrowsAsync<OperatorCommandException>(
            () => command.RunAsync(["--tenant", "t", "--file", "x.csv", "--mapping", mapping], new StringWriter(), CancellationToken.None));

        Assert.Contains("score", exception.Message, StringComparison.Ordinal);
    }

    private static ImportCommand Command(IngestTestHost host)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:GrowBot"] = $"Data Source={host.App.DatabasePath}" })
            .Build();
        return new ImportCommand(() => configuration);
    }
}
