namespace GrowBot.Coaching.Notes;

/// <summary>Tokens that one LLM call used, as the service reported them.</summary>
public sealed record TokenUsage(long PromptTokens, long CompletionTokens)
{
    public long Total => PromptTokens + CompletionTokens;
}

/// <summary>The tokens a tenant used in one calendar month (UTC), written <c>yyyy-MM</c>.</summary>
public sealed record MonthlyTokenUsage(string TenantId, string Month, long PromptTokens, long CompletionTokens)
{
    public long Total => PromptTokens + CompletionTokens;
}

/// <summary>Per-tenant monthly LLM token counts, for the monthly budget.</summary>
public interface ITokenUsageStore
{
    /// <summary>Returns the month's usage; zero counts when nothing was recorded.</summary>
    Task<MonthlyTokenUsage> GetAsync(string tenantId, string month, CancellationToken cancellationToken);

    /// <summary>Adds the tokens of one call to the month's counts, atomically for the tenant and month.</summary>
    Task AddAsync(string tenantId, string month, TokenUsage usage, CancellationToken cancellationToken);
}
