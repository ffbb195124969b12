using System.Text.Json;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.Preparations;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>
/// Stores preparations as one row each. The HRBP's stage notes and the employee's check-in answer are encrypted with
/// <see cref="INoteProtector"/> (see <see cref="PreparationNotesCodec"/>); the other fields are stored in plaintext.
/// </summary>
internal sealed class PreparationStore : IPreparationStore
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private readonly GrowBotDbContextFactory _factory;

    private readonly PreparationNotesCodec _notes;

    public PreparationStore(GrowBotDbContextFactory factory, INoteProtector protector)
    {
        _factory = factory;
        _notes = new PreparationNotesCodec(protector, s_json);
    }

    public async Task<Preparation?> GetAsync(string tenantId, string preparationId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        PreparationRow? row = await db.Preparations.AsNoTracking()
            .FirstOrDefaultAsync(r => r.TenantId == tenantId && r.Id == preparationId, cancellationToken);
        return row is null ? null : ToPreparation(row);
    }

    public async Task<Preparation?> FindOpenAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<PreparationRow> rows = await db.Preparations.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.HrbpId == hrbpId && r.EmployeeId == employeeId && r.IsOpen)
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.UpdatedAt).Select(ToPreparation).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Preparation>> ListByHrbpAsync(string tenantId, string hrbpId, int maxCount, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<PreparationRow> rows = await db.Preparations.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.HrbpId == hrbpId)
            .OrderByDescending(r => r.UpdatedAt)
            .Take(Math.Max(0, maxCount))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToPreparation)];
    }

    public async Task<Preparation> SaveAsync(Preparation preparation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(preparation);
        ArgumentException.ThrowIfNullOrWhiteSpace(preparation.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(preparation.Id);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        long version = await VersionedSave.SaveAsync(db, ToRow(preparation), [preparation.TenantId, preparation.Id], preparation.Version, cancellationToken);
        return preparation with { Version = version };
    }

    private PreparationRow ToRow(Preparation p) => new()
    {
        TenantId = p.TenantId,
        Id = p.Id,
        HrbpId = p.HrbpId,
        EmployeeId = p.EmployeeId,
        Stage = p.Stage.ToString(),
        NotesJson = _notes.Encode(p.Notes),
        TargetPercent = p.TargetPercent,
        TargetRole = p.TargetRole,
        RequestsJson = JsonSerializer.Serialize(p.Requests, s_json),
        CheckInRequestedAt = p.CheckInRequestedAt,
        CheckInJson = p.CheckIn is null ? null : _notes.Protect(JsonSerializer.Serialize(p.CheckIn, s_json)),
        CreatedAt = p.CreatedAt,
        UpdatedAt = p.UpdatedAt,
        CompletedAt = p.CompletedAt,
        IsOpen = p.CompletedAt is null,
        Version = p.Version,
    };

    private Preparation ToPreparation(PreparationRow r)
    {
        Dictionary<string, string> notes = _notes.Decode(r.NotesJson);
        return new Preparation(
            r.TenantId,
            r.Id,
            r.HrbpId,
            r.EmployeeId,
            Enum.Parse<GrowStage>(r.Stage),
            notes.Where(n => Enum.TryParse<GrowStage>(n.Key, out _)).ToDictionary(n => Enum.Parse<GrowStage>(n.Key), n => n.Value),
            r.TargetPercent,
            r.TargetRole,
            JsonSerializer.Deserialize<List<OptionRequest>>(r.RequestsJson, s_json) ?? [],
            r.CheckInRequestedAt,
            r.CheckInJson is null ? null : JsonSerializer.Deserialize<CheckInAnswer>(_notes.Unprotect(r.CheckInJson), s_json),
            r.CreatedAt,
            r.UpdatedAt,
            r.CompletedAt,
            r.Version);
    }
}
