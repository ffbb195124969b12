using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed partial class IngestStore
{
    /// <summary>
    /// Moves the employee's open preparations held by other HRBPs to the HRBP of <paramref name="assignment"/>.
    /// Stage notes are private to the HRBP who wrote them: when a preparation has any, they become one private
    /// interview note of that HRBP, linked to the employee and the preparation, and the preparation moves without
    /// them. Its stage, target, option requests and check-in move as they are.
    /// </summary>
    /// <remarks>
    /// Runs inside the batch's SaveChanges, so the note and the move are written together with the assignment or
    /// not at all. Notes that the current keys cannot decrypt make the batch fail rather than being dropped.
    /// </remarks>
    private async Task MoveOpenPreparationsAsync(GrowBotDbContext db, string tenantId, HrbpAssignment assignment, CancellationToken cancellationToken)
    {
        List<PreparationRow> rows = await db.Preparations
            .Where(p => p.TenantId == tenantId && p.EmployeeId == assignment.EmployeeId && p.IsOpen)
            .ToListAsync(cancellationToken);

        // Filtered after loading: an earlier assignment of the same batch may have moved a tracked row already.
        foreach (PreparationRow row in rows.Where(p => p.HrbpId != assignment.HrbpId))
        {
            string? text = StageNotesText(_preparationNotes.Decode(row.NotesJson));
            if (text is not null)
            {
                db.InterviewNotes.Add(KeepStageNotes(row, text));
            }

            row.NotesJson = _preparationNotes.Encode(new Dictionary<GrowStage, string>());
            row.HrbpId = assignment.HrbpId;
            row.Version++;
        }
    }

    /// <summary>Creates a private note of the preparation's HRBP with <paramref name="text"/> and its built-in analysis.</summary>
    private InterviewNoteRow KeepStageNotes(PreparationRow preparation, string text)
    {
        NoteAnalysis analysis = _analyser.Analyse(text);
        var stored = new StoredNoteAnalysis(
            StoredNoteAnalysis.CurrentFormatVersion, null, analysis, null, PromptInjectionDetector.Detect(text), []);
        return new InterviewNoteRow
        {
            TenantId = preparation.TenantId,
            Id = Guid.NewGuid().ToString("N"),
            AuthorId = preparation.HrbpId,
            EmployeeId = preparation.EmployeeId,
            PreparationId = preparation.Id,
            Privacy = NotePrivacy.Private,
            CreatedAt = _timeProvider.GetUtcNow(),
            ProtectedText = _protector.Protect(text),
            ProtectedAnalysis = _protector.Protect(NoteAnalysisService.WriteStoredAnalysis(stored)),
            AnalyserName = analysis.AnalyserName,
        };
    }

    /// <summary>
    /// Joins the non-empty stage notes into lines such as <c>Goal: …</c> in GROW order, or returns null when there
    /// are none. Entries under a key that names no stage follow, ordered by key, so that clearing the notes loses no text.
    /// </summary>
    /// <remarks>NOTE: the labels are English whatever the HRBP's language, because the store has no locale.</remarks>
    private static string? StageNotesText(Dictionary<string, string> notes)
    {
        var lines = new List<string>();
        foreach (GrowStage stage in Enum.GetValues<GrowStage>())
        {
            if (notes.TryGetValue(stage.ToString(), out string? text) && !string.IsNullOrWhiteSpace(text))
            {
                lines.Add($"{StageLabel(stage)}: {text.Trim()}");
            }
        }

        var stageNames = Enum.GetNames<GrowStage>().ToHashSet(StringComparer.Ordinal);
        foreach ((string key, string text) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (!stageNames.Contains(key) && !string.IsNullOrWhiteSpace(text))
            {
                lines.Add($"{key}: {text.Trim()}");
            }
        }

        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static string StageLabel(GrowStage stage) => stage switch
    {
        GrowStage.WayForward => "Way forward",
        _ => stage.ToString(),
    };
}
