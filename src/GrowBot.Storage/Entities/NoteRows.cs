using GrowBot.Coaching.Notes;

namespace GrowBot.Storage.Entities;

/// <summary>An interview note. <see cref="ProtectedText"/> and <see cref="ProtectedAnalysis"/> are Data Protection ciphertext.</summary>
internal sealed class InterviewNoteRow
{
    public required string TenantId { get; set; }
    public required string Id { get; set; }
    public required string AuthorId { get; set; }
    public string? EmployeeId { get; set; }
    public string? PreparationId { get; set; }
    public NotePrivacy Privacy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required byte[] ProtectedText { get; set; }
    public required byte[] ProtectedAnalysis { get; set; }
    public required string AnalyserName { get; set; }
}

/// <summary>LLM tokens of one tenant in one calendar month (<c>yyyy-MM</c>, UTC).</summary>
internal sealed class TokenUsageRow
{
    public required string TenantId { get; set; }
    public required string Month { get; set; }
    public long PromptTokens { get; set; }
    public long CompletionTokens { get; set; }
}
