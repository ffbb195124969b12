using System.Collections.Concurrent;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;

namespace GrowBot.Bot.Tests.Fakes;

internal sealed class FakeNoteStore : INoteStore
{
    public ConcurrentQueue<InterviewNote> Notes { get; } = new();

    public Task AddAsync(InterviewNote note, CancellationToken cancellationToken)
    {
        Notes.Enqueue(note);
        return Task.CompletedTask;
    }

    public Task<InterviewNote?> GetAsync(string tenantId, string noteId, CancellationToken cancellationToken) =>
        Task.FromResult(Notes.FirstOrDefault(n => n.TenantId == tenantId && n.Id == noteId));

    public Task<IReadOnlyList<InterviewNote>> ListByAuthorAsync(string tenantId, string authorId, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InterviewNote>>([.. Notes.Where(n => n.TenantId == tenantId && n.AuthorId == authorId).Reverse().Take(maxCount)]);
}

internal sealed class FakeTokenUsageStore : ITokenUsageStore
{
    public ConcurrentDictionary<(string TenantId, string Month), TokenUsage> Usage { get; } = new();

    public Task<MonthlyTokenUsage> GetAsync(string tenantId, string month, CancellationToken cancellationToken)
    {
        TokenUsage usage = Usage.GetValueOrDefault((tenantId, month)) ?? new TokenUsage(0, 0);
        return Task.FromResult(new MonthlyTokenUsage(tenantId, month, usage.PromptTokens, usage.CompletionTokens));
    }

    public Task AddAsync(string tenantId, string month, TokenUsage usage, CancellationToken cancellationToken)
    {
        Usage.AddOrUpdate((tenantId, month), usage, (_, old) => new TokenUsage(old.PromptTokens + usage.PromptTokens, old.CompletionTokens + usage.CompletionTokens));
        return Task.CompletedTask;
    }
}

/// <summary>Lists the names of the fake directory's people.</summary>
internal sealed class FakePersonNameSource(FakePeopleDirectory people) : IPersonNameSource
{
    public Task<IReadOnlyList<string>> ListNamesAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([.. people.People.Where(p => p.TenantId == tenantId).SelectMany(p => p.Aliases.Append(p.NameEn).Append(p.NameZh))]);
}
