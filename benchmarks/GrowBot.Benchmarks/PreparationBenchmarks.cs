using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Preparations;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrowBot.Benchmarks;

/// <summary>
/// A full preparation on the seeded demo company in SQLite: assemble Zhang Wei's profile from every section, run
/// the analyses and render the Reality card to fitted JSON. <c>HangingSource</c> replaces the workload section with
/// one that never answers, so the time is its 200 ms timeout plus the rest.
/// </summary>
[Config(typeof(PercentileConfig))]
public class PreparationBenchmarks
{
    private const string HangingTimeout = "00:00:00.200";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "growbot-benchmarks", Guid.NewGuid().ToString("N"));
    private ServiceProvider _services = null!;
    private Preparation _preparation = null!;
    private Person _hrbp = null!;
    private Person _employee = null!;

    /// <summary>True to replace the workload section with one that never completes.</summary>
    [Params(false, true)]
    public bool HangingSource { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_directory);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:GrowBot"] = $"Data Source={Path.Combine(_directory, "growbot.db")}",
            ["Demo:TenantId"] = DemoPersonas.DefaultTenantId,
            ["Preparation:SourceTimeouts:workload"] = HangingTimeout,
        }).Build();
        ServiceCollection services = new();
        services.AddLogging();
        services.AddGrowBotStorage(configuration);
        services.AddGrowBotBot(configuration);
        if (HangingSource)
        {
            services.RemoveAll<IProfileSection>();
            services.AddScoped<IProfileSection, HangingWorkloadSection>();
            services.AddScoped<IProfileSection, GoalsSection>();
            services.AddScoped<IProfileSection, PerformanceSection>();
            services.AddScoped<IProfileSection, GrowthSection>();
            services.AddScoped<IProfileSection, FeedbackSection>();
            services.AddScoped<IProfileSection, OptionsCatalogSection>();
            services.AddScoped<IProfileSection, PastActionItemsSection>();
        }

        _services = services.BuildServiceProvider();
        await _services.InitializeGrowBotDatabaseAsync();

        using IServiceScope scope = _services.CreateScope();
        IPeopleDirectory people = scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();
        _hrbp = (await people.GetAsync(DemoPersonas.DefaultTenantId, DemoPersonas.LiJuan.PersonId, default))!;
        _employee = (await people.GetAsync(DemoPersonas.DefaultTenantId, DemoPersonas.ZhangWei.PersonId, default))!;
        PreparationService preparations = scope.ServiceProvider.GetRequiredService<PreparationService>();
        Preparation opened = await preparations.OpenAsync(DemoPersonas.DefaultTenantId, _hrbp.Id, _employee.Id, default);
        _preparation = await preparations.UpdateAsync(opened, (p, _) => p with { Stage = GrowStage.Reality, TargetPercent = 120m, TargetRole = "manager" }, default);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task<JsonObject> FullPreparationAsync()
    {
        using IServiceScope scope = _services.CreateScope();
        PreparationView view = await scope.ServiceProvider.GetRequiredService<PreparationViewBuilder>().BuildAsync(_preparation, _hrbp, _employee, default);
        CardFitter fitter = scope.ServiceProvider.GetRequiredService<CardFitter>();
        return fitter.Fit(PreparationCards.Stage(BotLocale.Chinese, view), PreparationCards.MaxListItems, ReplyComposer.MeasureBytes);
    }

    /// <summary>A workload source that never completes and ignores cancellation.</summary>
    private sealed class HangingWorkloadSection : IProfileSection
    {
        public string Name => PreparationSections.Workload;

        public Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) =>
            new TaskCompletionSource<ProfileSectionData>().Task;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(30).WithInvocationCount(4).WithUnrollFactor(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
        }
    }
}
