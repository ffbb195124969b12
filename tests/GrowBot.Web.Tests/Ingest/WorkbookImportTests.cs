using System.Net;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Web.Ingest;
using GrowBot.Web.Operator;
using Microsoft.Extensions.Configuration;
using MiniExcelLibs;

namespace GrowBot.Web.Tests.Ingest;

public sealed class WorkbookImportTests
{
    private const string MetricsMapping = """
        { "kind": "Metrics",
          "columns": { "Employee No": "personId", "Quarter": "periodStart", "Score": "value", "As of": "asOf" },
          "defaults": { "metricCode": "rating", "period": "Quarter", "source": "hris-export" } }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("growbot-import").FullName;

    [Fact]
    public async Task ImportWorkbook_ReportsWorksheetRowsAndIsRerunnable()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        string workbook = Path.Combine(_directory, "ratings.xlsx");
        MiniExcel.SaveAs(workbook, new[]
        {
            Rating("emp-2", new DateTime(2026, 1, 1), 3.9, new DateTime(2026, 3, 31, 18, 30, 0)),
            Rating(null, null, null, null),
            Rating("emp-2", new DateTime(2026, 4, 1), "high", null),
            Rating("emp-2", "2026-07-01", "4.2", null),
            Rating("emp-2", new DateTime(2026, 10, 1), 4, null),
        });
        string mapping = await WriteMappingAsync(MetricsMapping);
        ImportCommand command = Command(host);
        string[] args = ["--tenant", IngestTestHost.TenantA, "--file", workbook, "--mapping", mapping];

        var first = new StringWriter();
        int firstExit = await command.RunAsync(args, first, CancellationToken.None);
        var second = new StringWriter();
        int secondExit = await command.RunAsync(args, second, CancellationToken.None);

        Assert.Equal(1, firstExit);
        Assert.Contains("3 rows accepted, 1 row rejected", first.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 4: value: must be a number", first.ToString(), StringComparison.Ordinal);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(1, secondExit);
        MetricSeries series = await host.Services.GetRequiredService<IMetricStore>().GetSeriesAsync(IngestTestHost.TenantA, "emp-2", MetricCodes.Rating, CancellationToken.None);
        Assert.Equal([3.9m, 4.2m, 4m], series.Points.Select(p => p.Value).ToArray());
        Assert.Equal(new DateOnly(2026, 1, 1), series.Points[0].PeriodStart);
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 18, 30, 0, TimeSpan.Zero), series.Points[0].AsOf);
    }

    [Fact]
    public async Task ImportWorkbook_ReadsNamedSheet()
    {
        await using var host = IngestTestHost.Start();
        string key = await host.CreateKeyAsync(IngestTestHost.TenantA);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(key, Batches.Small())).StatusCode);
        string workbook = Path.Combine(_directory, "people.xlsx");
        MiniExcel.SaveAs(workbook, new Dictionary<string, object>
        {
            ["Notes"] = new[] { new Dictionary<string, object?> { ["Exported"] = "by HRIS" } },
            ["Staff"] = new[]
            {
                new Dictionary<string, object?> { ["id"] = "emp-9", ["nameEn"] = "Lin Na", ["nameZh"] = "林娜", ["Dept"] = "d-sales", ["active"] = true },
            },
        });
        string mapping = await WriteMappingAsync("""{ "kind": "People", "sheet": "Staff", "columns": { "Dept": "departmentId" } }""");

        var output = new StringWriter();
        int exit = await Command(host).RunAsync(["--tenant", IngestTestHost.TenantA, "--file", workbook, "--mapping", mapping], output, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Person? person = await host.Services.GetRequiredService<IPeopleDirectory>().GetAsync(IngestTestHost.TenantA, "emp-9", CancellationToken.None);
        Assert.Equal("林娜", person?.NameZh);
        Assert.Equal("d-sales", person?.DepartmentId);
    }

    [Fact]
    public async Task UnknownSheet_NamesTheSheets()
    {
        string workbook = Path.Combine(_directory, "ratings.xlsx");
        MiniExcel.SaveAs(workbook, new[] { Rating("emp-2", new DateTime(2026, 1, 1), 3.9, null) }, sheetName: "Ratings");
        string mapping = await WriteMappingAsync("""{ "kind": "Metrics", "sheet": "Scores" }""");

        OperatorCommandException exception = await FailAsync(workbook, mapping);

        Assert.Contains($"'{workbook}' has no worksheet named 'Scores'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("'Ratings'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextFileNamedXlsx_IsRejected()
    {
        string workbook = Path.Combine(_directory, "ratings.xlsx");
        await File.WriteAllTextAsync(workbook, "Employee No,Quarter,Score\nemp-2,2026-01-01,3.9\n");
        string mapping = await WriteMappingAsync(MetricsMapping);

        OperatorCommandException exception = await FailAsync(workbook, mapping);

        Assert.Contains($"'{workbook}' is not an Excel workbook", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldXlsFormat_AsksForXlsxOrCsv()
    {
        string workbook = Path.Combine(_directory, "ratings.xls");
        await File.WriteAllBytesAsync(workbook, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        string mapping = await WriteMappingAsync(MetricsMapping);

        OperatorCommandException exception = await FailAsync(workbook, mapping);

        Assert.Contains("save it as .xlsx or CSV", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableWorkbook_ExitsAsInvalidInput()
    {
        string workbook = Path.Combine(_directory, "ratings.xlsx");
        await File.WriteAllTextAsync(workbook, "not a workbook");
        string mapping = await WriteMappingAsync(MetricsMapping);
        var error = new StringWriter();

        int exit = await OperatorCommands.RunAsync(["import", "--tenant", "t", "--file", workbook, "--mapping", mapping], new StringWriter(), error, CancellationToken.None);

        Assert.Equal(2, exit);
        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("import: ", line, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Rating(string? employee, object? quarter, object? score, DateTime? asOf) => new()
    {
        ["Employee No"] = employee,
        ["Quarter"] = quarter,
        ["Score"] = score,
        ["As of"] = asOf,
    };

    private async Task<string> WriteMappingAsync(string json)
    {
        string mapping = Path.Combine(_directory, "mapping.json");
        await File.WriteAllTextAsync(mapping, json);
        return mapping;
    }

    private static Task<OperatorCommandException> FailAsync(string file, string mapping)
    {
        var command = new ImportCommand(() => new ConfigurationBuilder().Build());
        return Assert.ThrowsAsync<OperatorCommandException>(
            () => command.RunAsync(["--tenant", "t", "--file", file, "--mapping", mapping], new StringWriter(), CancellationToken.None));
    }

    private static ImportCommand Command(IngestTestHost host)
    {
        Microsoft.Extensions.Configuration.IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:GrowBot"] = $"Data Source={host.App.DatabasePath}" })
            .Build();
        return new ImportCommand(() => configuration);
    }
}
