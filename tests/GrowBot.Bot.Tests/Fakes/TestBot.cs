using System.Text.Json.Nodes;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>The handler wired through <c>AddGrowBotBot</c> with in-memory fakes and a small bilingual organisation.</summary>
internal sealed class TestBot
{
    public const string TenantId = "tenant-1";
    public const string BotId = "28:bot-app-id";
    public const string HrbpAad = "aad-hrbp";
    public const string EmployeeAad = "aad-employee";
    public const string StrangerAad = "aad-stranger";

    public TestBot(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        SeedOrganisation();
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        ServiceCollection services = new();
        services.AddLogging();
        services.AddSingleton<IPeopleDirectory>(People);
        services.AddSingleton<IMetricStore>(Metrics);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton<ITenantSettingsStore>(Tenants);
        services.AddSingleton<IConversationReferenceStore>(References);
        services.AddSingleton<INoteStore>(Notes);
        services.AddSingleton<ITokenUsageStore>(TokenUsage);
        services.AddSingleton<IPersonNameSource>(new FakePersonNameSource(People));
        configure?.Invoke(services);
        services.AddSingleton<IGoalStore>(Goals);
        services.AddSingleton<ICatalogStore>(Catalog);
        services.AddSingleton<IDevelopmentStore>(Development);
        services.AddSingleton<IPreparationStore>(Preparations);
        services.AddSingleton<IActionItemStore>(ActionItems);
        services.AddGrowBotBot(configuration);
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public FakePeopleDirectory People { get; } = new();

    public FakeMetricStore Metrics { get; } = new();

    public FakeAuditLog Audit { get; } = new();

    public FakeTenantSettingsStore Tenants { get; } = new();

    public FakeConversationReferenceStore References { get; } = new();

    public FakeConnectorClient Connector { get; } = new();

    public FakeNoteStore Notes { get; } = new();

    public FakeTokenUsageStore TokenUsage { get; } = new();
    public FakeGoalStore Goals { get; } = new();

    public FakeCatalogStore Catalog { get; } = new();

    public FakeDevelopmentStore Development { get; } = new();

    public FakePreparationStore Preparations { get; } = new();

    public FakeActionItemStore ActionItems { get; } = new();

    public ServiceProvider Services { get; }

    /// <summary>Runs one non-invoke activity through a fresh scope, as the protocol layer does.</summary>
    public async Task<List<Activity>> SendAsync(Activity activity)
    {
        int before = Connector.Sent.Count;
        using IServiceScope scope = Services.CreateScope();
        IBotHandler handler = scope.ServiceProvider.GetRequiredService<IBotHandler>();
        await handler.OnActivityAsync(new TurnContext(activity, Connector), CancellationToken.None);
        return [.. Connector.Sent.Skip(before)];
    }

    public async Task<InvokeResponse> InvokeAsync(Activity activity)
    {
        using IServiceScope scope = Services.CreateScope();
        IBotHandler handler = scope.ServiceProvider.GetRequiredService<IBotHandler>();
        return await handler.OnInvokeAsync(new TurnContext(activity, Connector), CancellationToken.None);
    }

    /// <summary>Sends a message and returns the card of the single reply.</summary>
    public async Task<JsonObject> AskAsync(string text, string aadObjectId = HrbpAad, string locale = "en-US")
    {
        List<Activity> replies = await SendAsync(Activities.PersonalMessage(text, aadObjectId, locale));
        Activity reply = Assert.Single(replies);
        return CardOf(reply);
    }

    public static JsonObject CardOf(Activity reply)
    {
        Attachment attachment = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        return Assert.IsType<JsonObject>(attachment.Content);
    }

    private void SeedOrganisation()
    {
        People.Departments.Add(new Department(TenantId, "sales", "Sales East", "华东销售部", null));
        People.Departments.Add(new Department(TenantId, "hr", "Human Resources", "人力资源部", null));

        Person hrbp = Person("p-hrbp", HrbpAad, "Li Na", "李娜", "HR Business Partner", "HR 业务伙伴", "hr", null);
        Person manager = Person("p-manager", "aad-manager", "Wang Fang", "王芳", "Sales Director", "销售总监", "sales", null);
        Person zhangWei = Person("p-zhang-wei", EmployeeAad, "Zhang Wei", "张伟", "Account Manager", "客户经理", "sales", "p-manager");
        Person zhangMin = Person("p-zhang-min", "aad-zhang-min", "Zhang Min", "张敏", "Sales Analyst", "销售分析师", "sales", "p-manager");
        Person zhangLei = Person("p-zhang-lei", "aad-zhang-lei", "Zhang Lei", "张磊", "Engineer", "工程师", "sales", "p-manager");
        People.People.AddRange([hrbp, manager, zhangWei, zhangMin, zhangLei]);

        People.Roles["p-hrbp"] = UserRoles.Employee | UserRoles.Hrbp;
        People.Roles["p-manager"] = UserRoles.Employee | UserRoles.Manager;
        People.Assignments.Add(("p-hrbp", "p-zhang-wei"));
        People.Assignments.Add(("p-hrbp", "p-zhang-min"));

        DateTimeOffset asOf = new(2026, 10, 5, 0, 0, 0, TimeSpan.Zero);
        Metrics.Series[("p-zhang-wei", MetricCodes.Rating)] =
        [
            new(new DateOnly(2026, 1, 1), PeriodKind.Quarter, 4.1m, "HRIS", asOf),
            new(new DateOnly(2026, 4, 1), PeriodKind.Quarter, 3.8m, "HRIS", asOf),
            new(new DateOnly(2026, 7, 1), PeriodKind.Quarter, 3.4m, "HRIS", asOf),
        ];
        Metrics.Series[("p-zhang-wei", MetricCodes.OvertimeHours)] =
        [
            new(new DateOnly(2026, 6, 1), PeriodKind.Month, 8m, "HRIS attendance", asOf),
            new(new DateOnly(2026, 7, 1), PeriodKind.Month, 12m, "HRIS attendance", asOf),
            new(new DateOnly(2026, 8, 1), PeriodKind.Month, 20m, "HRIS attendance", asOf),
            new(new DateOnly(2026, 9, 1), PeriodKind.Month, 26m, "HRIS attendance", asOf),
        ];
    }

    private static Person Person(string id, string aad, string nameEn, string nameZh, string titleEn, string titleZh, string department, string? managerId) =>
        new(TenantId, id, aad, id + "@contoso.example", nameEn, nameZh, [], titleEn, titleZh, department, managerId, null, "Asia/Shanghai");
}
