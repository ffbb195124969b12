using System.Text.Json.Nodes;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Tenants;
using GrowBot.Web.Tests.Fakes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GrowBot.Web.Tests.Interviews;

/// <summary>Preparation behaviour that needs its own host: restarts, tenant thresholds and a hanging data source.</summary>
public sealed class PreparationHostTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "growbot-web-tests", "restart-" + Guid.NewGuid().ToString("N"));
    private FakeConnectorServer _connector = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        _connector = await FakeConnectorServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary directory behind.
        }
    }

    [Fact]
    public async Task Continue_AfterRestart_ResumesStageAndNotes()
    {
        Dictionary<string, string?> settings = DemoChat.Settings(new()
        {
            ["ConnectionStrings:GrowBot"] = $"Data Source={Path.Combine(_directory, "growbot.db")}",
            ["DataProtection:KeyDirectory"] = Path.Combine(_directory, "keys"),
        });
        await using (GrowBotAppFactory first = new(settings))
        {
            DemoChat chat = new(first, _connector);
            JsonObject card = await chat.AskAsync(DemoPersonas.LiJuan, "prepare Zhao Min");
            JsonObject data = new() { ["preparationId"] = PreparationCard.PreparationId(card), ["stage"] = "Reality", ["from"] = "Goal", ["notes"] = "Ask about the client mix." };
            await chat.ExecuteCardAsync(DemoPersonas.LiJuan, "prep.go", data);
        }

        await using GrowBotAppFactory second = new(settings);
        JsonObject resumed = await new DemoChat(second, _connector).AskAsync(DemoPersonas.LiJuan, "继续", "zh-CN");

        string text = PreparationCard.Text(resumed);
        Assert.Contains("面谈准备：赵敏", text, StringComparison.Ordinal);
        Assert.Contains("第 2 步（共 4 步）：现状", text, StringComparison.Ordinal);
        Assert.Contains("目标完成率从 92% 降到 70%", text, StringComparison.Ordinal);
        JsonObject back = new() { ["preparationId"] = PreparationCard.PreparationId(resumed), ["stage"] = "Goal", ["from"] = "Reality" };
        string goal = PreparationCard.Text(await new DemoChat(second, _connector).ExecuteCardAsync(DemoPersonas.LiJuan, "prep.go", back));
        Assert.Contains("Ask about the client mix.", goal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thresholds_ComeFromTenantSettings()
    {
        await using GrowBotAppFactory app = new(DemoChat.Settings());
        ITenantSettingsStore store = app.Services.GetRequiredService<ITenantSettingsStore>();
        await app.Services.GetRequiredService<GrowBot.Storage.DatabaseInitializer>().InitializeAsync(default);
        TenantSettings settings = await store.GetAsync(DemoPersonas.DefaultTenantId, default);
        await store.SaveAsync(settings with { Thresholds = settings.Thresholds with { OvertimeRisePercent = 40m, ComplaintRisePercent = 12.5m } }, default);

        DemoChat chat = new(app, _connector);
        JsonObject card = await chat.AskAsync(DemoPersonas.LiJuan, "prepare Zhang Wei");
        JsonObject data = new() { ["preparationId"] = PreparationCard.PreparationId(card), ["stage"] = "Reality", ["from"] = "Goal" };
        string reality = PreparationCard.Text(await chat.ExecuteCardAsync(DemoPersonas.LiJuan, "prep.go", data));

        Assert.DoesNotContain("Overtime rose", reality, StringComparison.Ordinal);
        Assert.Contains("Customer complaint rate rose from 2.00 to 2.30 (+15 %; threshold: +12.5 %).", reality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangingSource_IsMarkedUnavailableAndTheRestArrives()
    {
        await using GrowBotAppFactory app = new(DemoChat.Settings(new() { ["Preparation:SourceTimeouts:workload"] = "00:00:00.300" }));
        WebApplicationFactory<Program> hanging = app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IProfileSection>();
            services.AddScoped<IProfileSection, HangingSection>();
            services.AddScoped<IProfileSection, GoalsSection>();
            services.AddScoped<IProfileSection, PerformanceSection>();
            services.AddScoped<IProfileSection, GrowthSection>();
            services.AddScoped<IProfileSection, FeedbackSection>();
            services.AddScoped<IProfileSection, OptionsCatalogSection>();
            services.AddScoped<IProfileSection, PastActionItemsSection>();
        }));

        DemoChat chat = new(hanging, _connector);
        JsonObject card = await chat.AskAsync(DemoPersonas.LiJuan, "prepare Zhang Wei");
        JsonObject data = new() { ["preparationId"] = PreparationCard.PreparationId(card), ["stage"] = "Reality", ["from"] = "Goal" };
        string reality = PreparationCard.Text(await chat.ExecuteCardAsync(DemoPersonas.LiJuan, "prep.go", data));

        Assert.Contains("Not available right now: workload (timed out).", reality, StringComparison.Ordinal);
        Assert.Contains("Customer complaint rate rose from 2.00 to 2.30", reality, StringComparison.Ordinal);
        Assert.DoesNotContain("Overtime rose", reality, StringComparison.Ordinal);
        Assert.Contains("(source: hris, as of ", reality, StringComparison.Ordinal);
    }

    /// <summary>A workload source that never completes and ignores cancellation.</summary>
    private sealed class HangingSection : IProfileSection
    {
        public string Name => PreparationSections.Workload;

        public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, CancellationToken.None);
            throw new InvalidOperationException("Unreachable.");
        }
    }
}
