using GrowBot.Coaching.Notes;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>Stores interview notes with the text and the analysis encrypted by <see cref="INoteProtector"/>.</summary>
internal sealed class NoteStore : INoteStore
{
    private readonly GrowBotDbContextFactory _factory;
    private readonly INoteProtector _protector;

    public NoteStore(GrowBotDbContextFactory factory, INoteProtector protector)
    {
        _factory = factory;
        _protector = protector;
    }

    public async Task AddAsync(InterviewNote note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(note.Id);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        db.InterviewNotes.Add(new InterviewNoteRow
        {
            TenantId = note.TenantId,
            Id = note.Id,
            AuthorId = note.AuthorId,
            EmployeeId = note.EmployeeId,
            PreparationId = note.PreparationId,
            Privacy = note.Privacy,
            CreatedAt = note.CreatedAt,
            ProtectedText = _protector.Protect(note.Text),
            ProtectedAnalysis = _protector.Protect(note.AnalysisJson),
            AnalyserName = note.AnalyserName,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<InterviewNote?> GetAsync(string tenantId, string noteId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        InterviewNoteRow? row = await db.InterviewNotes.AsNoTracking().FirstOrDefaultAsync(n => n.TenantId == tenantId && n.Id == noteId, cancellationToken);
        return row is null ? null : ToNote(row);
    }

    public async Task<IReadOnlyList<InterviewNote>> ListByAuthorAsync(string tenantId, string authorId, int maxCount, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<InterviewNoteRow> rows = await db.InterviewNotes.AsNoTracking()
            .Where(n => n.TenantId == tenantId && n.AuthorId == authorId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenBy(n => n.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);
        return rows.Select(ToNote).ToList();
    }

    private InterviewNote ToNote(InterviewNoteRow row) => new(
        row.TenantId,
        row.Id,
        row.AuthorId,
        row.EmployeeId,
        row.PreparationId,
        row.Privacy,
        row.CreatedAt,
        _protector.Unprotect(row.ProtectedText),
        _protector.Unprotect(row.ProtectedAnalysis),
        row.AnalyserName);
}
