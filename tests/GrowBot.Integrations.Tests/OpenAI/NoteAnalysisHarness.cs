using System.Collections.Concurrent;
using GrowBot.Coaching.Notes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Integrations.Tests.OpenAI;

/// <summary>The note analysis service with the real Azure OpenAI analyser pointed at a <see cref="FakeAzureOpenAI"/>.</summary>
internal sealed class NoteAnalysisHarness : IAsyncDisposable
{
    public const string TenantId = "tenant-1";
    public const string Deployment = "gpt-test";
    public const string ApiKey = "test-key";
    public const string Month = "2026-12";

    private NoteAnalysisHarness(FakeAzureOpenAI server, ServiceProvider services, MemoryNoteStore notes, MemoryTokenUsageStore usage)
    {
        Server = server;
        Services = services;
        Notes = notes;
        Usage = usage;
    }

    public FakeAzureOpenAI Server { get; }

    public ServiceProvider Services { get; }

    public MemoryNoteStore Notes { get; }

    public MemoryTokenUsageStore Usage { get; }

    public NoteAnalysisService Service => Services.GetRequiredService<NoteAnalysisService>();

    public static async Task<NoteAnalysisHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        FakeAzureOpenAI server = await FakeAzureOpenAI.StartAsync();
        Dictionary<string, string?> values = new()
        {
            ["OpenAI:Endpoint"] = server.Endpoint.ToString(),
            ["OpenAI:Deployment"] = Deployment,
            ["OpenAI:ApiKey"] = ApiKey,
            ["OpenAI:TimeoutSeconds"] = "10",
            ["OpenAI:MonthlyTokenBudget"] = "1000",
            ["OpenAI:MaxRetryAfterSeconds"] = "2",
        };
        foreach ((string key, string? value) in settings ?? [])
        {
            values[key] = value;
        }

        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        MemoryNoteStore notes = new();
        MemoryTokenUsageStore usage = new();
        ServiceCollection services = new();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero)));
        services.AddSingleton<INoteStore>(notes);
        services.AddSingleton<ITokenUsageStore>(usage);
        services.AddSingleton<IPersonNameSource>(new StaticNames(["Zhang Wei", "张伟", "Wei Zhang", "Li Juan", "李娟", "Juju"]));
        services.AddSingleton<BuiltInNoteAnalyser>();
        services.AddSingleton<NoteAnalysisService>();
        services.AddGrowBotOpenAI(configuration);
        return new NoteAnalysisHarness(server, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), notes, usage);
    }

    public Task<NoteAnalysisOutcome> AnalyseAsync(string text, string locale = "en-US") =>
        Service.AnalyseAndStoreAsync(new NoteSubmission(TenantId, "p-hrbp", text, locale), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Server.DisposeAsync();
    }

    private sealed class StaticNames(IReadOnlyList<string> names) : IPersonNameSource
    {
        public Task<IReadOnlyList<string>> ListNamesAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(names);
    }
}

internal sealed class MemoryNoteStore : INoteStore
{
    private readonly ConcurrentQueue<InterviewNote> _notes = new();

    public IReadOnlyList<InterviewNote> All => [.. _notes];

    public Task AddAsync(InterviewNote note, CancellationToken cancellationToken)
    {
        _notes.Enqueue(note);
        return Task.CompletedTask;
    }

    public Task<InterviewNote?> GetAsync(string tenantId, string noteId, CancellationToken cancellationToken) =>
        Task.FromResult(_notes.FirstOrDefault(n => n.TenantId == tenantId && n.Id == noteId));

    public Task<IReadOnlyList<InterviewNote>> ListByAuthorAsync(string tenantId, string authorId, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InterviewNote>>([.. _notes.Where(n => n.TenantId == tenantId && n.AuthorId == authorId).Take(maxCount)]);
}

internal sealed class MemoryTokenUsageStore : ITokenUsageStore
{
    private readonly ConcurrentDictionary<(string, string), TokenUsage> _usage = new();

    public MonthlyTokenUsage Get(string tenantId, string month) =>
        _usage.TryGetValue((tenantId, month), out TokenUsage? usage) ? new(tenantId, month, usage.PromptTokens, usage.CompletionTokens) : new(tenantId, month, 0, 0);

    public void Set(string tenantId, string month, TokenUsage usage) => _usage[(tenantId, month)] = usage;

    public Task<MonthlyTokenUsage> GetAsync(string tenantId, string month, CancellationToken cancellationToken) => Task.FromResult(Get(tenantId, month));

    public Task AddAsync(string tenantId, string month, TokenUsage usage, CancellationToken cancellationToken)
    {
        _usage.AddOrUpdate((tenantId, month), usage, (_, old) => new TokenUsage(old.PromptTokens + usage.PromptTokens, old.CompletionTokens + usage.CompletionTokens));
        return Task.CompletedTask;
    }
}
