using BenchmarkDotNet.Attributes;
using GrowBot.Coaching.Ingest;
using GrowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrowBot.Benchmarks;

/// <summary>
/// Ingest throughput: 100,000 metric points (1,000 people × 4 metrics × 25 quarters) validated and written
/// through <see cref="IIngestStore"/> in batches of 1,000, into a fresh database per iteration.
/// </summary>
[Config(typeof(IngestConfig))]
public class IngestBenchmarks
{
    private const int People = 1000;
    private const int Quarters = 25;
    private static readonly string[] Metrics = ["rating", "overtime_hours", "training_participation", "complaint_rate"];
    private const string Tenant = "bench-tenant";

    private List<IngestRequest> _metricBatches = [];
    private IngestRequest _roster = null!;
    private ServiceProvider? _services;
    private string? _sqliteDirectory;

    [Params("Sqlite", "PostgreSql")]
    public string Provider { get; set; } = "Sqlite";

    public static int PointCount => People * Metrics.Length * Quarters;

    [GlobalSetup]
    public void BuildRequests()
    {
        _roster = new IngestRequest(
            null,
            [new IngestDepartmentRecord("d-1", "Sales", "销售部", null)],
            Enumerable.Range(0, People).Select(i => new IngestPersonRecord(
                $"p-{i}", null, null, $"Person {i}", null, null, "Engineer", null, "d-1", null, null, null, true, null)).ToList(),
            [], [], []);
        var points = from person in Enumerable.Range(0, People)
                     from metric in Metrics
                     from quarter in Enumerable.Range(0, Quarters)
                     select new IngestMetricRecord(
                         $"p-{person}", metric, "Quarter", new DateOnly(2020, 1, 1).AddMonths(3 * quarter).ToString("yyyy-MM-dd"),
                         (person % 50) + quarter / 10m, "bench", "2026-12-01T00:00:00Z");
        _metricBatches = points.Chunk(1000).Select(chunk => new IngestRequest(null, [], [], [], [], chunk)).ToList();
    }

    [IterationSetup]
    public void CreateDatabase()
    {
        string connectionString;
        if (Provider == "Sqlite")
        {
            _sqliteDirectory = Directory.CreateTempSubdirectory("growbot-bench").FullName;
            connectionString = $"Data Source={Path.Combine(_sqliteDirectory, "bench.db")}";
        }
        else
        {
            string server = Environment.GetEnvironmentVariable("GROWBOT_TEST_POSTGRES")
                ?? throw new InvalidOperationException("GROWBOT_TEST_POSTGRES is not set: start PostgreSQL with tests/start-postgres.sh or filter to Sqlite.");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = "growbot_bench_" + Guid.NewGuid().ToString("N")[..12] };
            connectionString = builder.ConnectionString;
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:GrowBot"] = connectionString,
            ["Demo:Seed"] = "false",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddGrowBotStorage(configuration).BuildServiceProvider();
        _services.InitializeGrowBotDatabaseAsync().GetAwaiter().GetResult();
        ApplyAsync(_roster).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "Ingest 100,000 metric points in batches of 1,000")]
    public async Task IngestMetricPointsAsync()
    {
        foreach (IngestRequest request in _metricBatches)
        {
            await ApplyAsync(request);
        }
    }

    [IterationCleanup]
    public void DropDatabase()
    {
        _services?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_sqliteDirectory is not null)
        {
            Directory.Delete(_sqliteDirectory, recursive: true);
            _sqliteDirectory = null;
        }
    }

    private async Task ApplyAsync(IngestRequest request)
    {
        (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate(Tenant, request, DateTimeOffset.UtcNow);
        if (batch is null)
        {
            throw new InvalidOperationException($"Benchmark batch is invalid: {errors.Count} errors.");
        }

        IngestResult result = await _services!.GetRequiredService<IIngestStore>().ApplyAsync(batch, "", CancellationToken.None);
        if (result.Outcome != IngestOutcome.Applied)
        {
            throw new InvalidOperationException($"Benchmark batch not applied: {result.Outcome}, {result.Errors.Count} errors.");
        }
    }
}
