using System.Text.Json;
using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.Notes;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GrowBot.Storage.Stores;

/// <summary>
/// Writes ingest batches: checks references, upserts every record by its natural key, applies reassignments
/// and leavers, and records the batch id, all in one SaveChanges within the tenant.
/// </summary>
/// <remarks>
/// <see cref="BuiltInNoteAnalyser"/> analyses the stage notes that a reassignment keeps with their author. The Bot
/// layer registers it (with the configured model), so a host that uses this store without the Bot layer registers it too.
/// </remarks>
internal sealed partial class IngestStore : IIngestStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly GrowBotDbContextFactory _factory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<IngestStore> _logger;
    private readonly INoteProtector _protector;
    private readonly PreparationNotesCodec _preparationNotes;
    private readonly BuiltInNoteAnalyser _analyser;

    public IngestStore(
        GrowBotDbContextFactory factory,
        TimeProvider timeProvider,
        ILogger<IngestStore> logger,
        INoteProtector protector,
        BuiltInNoteAnalyser analyser)
    {
        _factory = factory;
        _timeProvider = timeProvider;
        _logger = logger;
        _protector = protector;
        _preparationNotes = new PreparationNotesCodec(protector, s_json);
        _analyser = analyser;
    }

    public async Task<IngestResult> ApplyAsync(IngestBatch batch, string contentHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string tenantId = batch.TenantId;
        await using GrowBotDbContext db = _factory.CreateDbContext();

        IngestResult? earlier = await CheckBatchIdAsync(db, batch, contentHash, cancellationToken);
        if (earlier is not null)
        {
            return earlier;
        }

        IngestIds stored = await FindStoredIdsAsync(db, tenantId, IngestValidator.ReferencedIds(batch), cancellationToken);
        IReadOnlyList<IngestError> errors = IngestValidator.CheckReferences(batch, stored);
        if (errors.Count > 0)
        {
            return new IngestResult(IngestOutcome.Rejected, Counts(batch), 0, errors);
        }

        await UpsertDepartmentsAsync(db, batch, cancellationToken);
        await UpsertPeopleAsync(db, batch, cancellationToken);
        await UpsertGoalsAsync(db, batch, cancellationToken);
        await UpsertMetricsAsync(db, batch, cancellationToken);
        int ended = await ApplyAssignmentsAsync(db, batch, cancellationToken);
        if (batch.BatchId is not null)
        {
            db.IngestBatches.Add(new IngestBatchRow
            {
                TenantId = tenantId,
                BatchId = batch.BatchId,
                ContentHash = contentHash,
                RecordCount = batch.RecordCount,
                ReceivedAt = _timeProvider.GetUtcNow(),
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (batch.BatchId is not null && DbErrors.IsUniqueViolation(exception))
        {
            // A concurrent request with the same batch id won the insert of the batch row, so this request wrote nothing.
            await using GrowBotDbContext fresh = _factory.CreateDbContext();
            IngestResult? winner = await CheckBatchIdAsync(fresh, batch, contentHash, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return winner;
        }

        _logger.IngestBatchApplied(tenantId, batch.RecordCount, ended);
        return new IngestResult(IngestOutcome.Applied, Counts(batch), ended, []);
    }

    public async Task<IngestBatchReceipt?> FindBatchAsync(string tenantId, string batchId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        IngestBatchRow? row = await db.IngestBatches.AsNoTracking()
            .FirstOrDefaultAsync(b => b.TenantId == tenantId && b.BatchId == batchId, cancellationToken);
        return row is null ? null : new IngestBatchReceipt(row.BatchId, row.ReceivedAt, row.RecordCount);
    }

    private static async Task<IngestResult?> CheckBatchIdAsync(
        GrowBotDbContext db, IngestBatch batch, string contentHash, CancellationToken cancellationToken)
    {
        if (batch.BatchId is null)
        {
            return null;
        }

        IngestBatchRow? row = await db.IngestBatches.AsNoTracking()
            .FirstOrDefaultAsync(b => b.TenantId == batch.TenantId && b.BatchId == batch.BatchId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.ContentHash == contentHash)
        {
            return new IngestResult(IngestOutcome.Duplicate, Counts(batch), 0, []);
        }

        IngestError conflict = new(IngestSections.Batch, 0, "batchId", $"batch '{batch.BatchId}' was accepted before with other content, so send changed data under a new batchId");
        return new IngestResult(IngestOutcome.Conflict, Counts(batch), 0, [conflict]);
    }

    private static async Task<IngestIds> FindStoredIdsAsync(GrowBotDbContext db, string tenantId, IngestIds referenced, CancellationToken cancellationToken)
    {
        var personIds = referenced.People.ToList();
        var departmentIds = referenced.Departments.ToList();
        var goalIds = referenced.Goals.ToList();
        var people = await db.People.Where(p => p.TenantId == tenantId && personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var departments = await db.Departments.Where(d => d.TenantId == tenantId && departmentIds.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        var goals = await db.Goals.Where(g => g.TenantId == tenantId && goalIds.Contains(g.Id)).Select(g => g.Id).ToListAsync(cancellationToken);
        return new IngestIds(people.ToHashSet(StringComparer.Ordinal), departments.ToHashSet(StringComparer.Ordinal), goals.ToHashSet(StringComparer.Ordinal));
    }

    private static Dictionary<string, int> Counts(IngestBatch batch) => new()
    {
        [IngestSections.Departments] = batch.Departments.Count,
        [IngestSections.People] = batch.People.Count,
        [IngestSections.Assignments] = batch.Assignments.Count,
        [IngestSections.Goals] = batch.Goals.Count,
        [IngestSections.Metrics] = batch.Metrics.Count,
    };

    private static void Upsert<TRow>(GrowBotDbContext db, TRow? existing, TRow row)
        where TRow : class
    {
        if (existing is null)
        {
            db.Add(row);
        }
        else
        {
            db.Entry(existing).CurrentValues.SetValues(row);
        }
    }
}
