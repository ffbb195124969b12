using GrowBot.Coaching.Tenants;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class TenantSettingsStore : ITenantSettingsStore
{
    private readonly GrowBotDbContextFactory _factory;

    public TenantSettingsStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<TenantSettings> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        TenantSettingsRow? row = await db.TenantSettings.AsNoTracking().FirstOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        return row is null ? new TenantSettings(tenantId, "en-US", new SignalThresholds(), []) : ToSettings(row);
    }

    /// <summary>Inserts or replaces the tenant's settings (last writer wins; the version still increments).</summary>
    public async Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(settings.TenantId);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        TenantSettingsRow? row = await db.TenantSettings.FirstOrDefaultAsync(s => s.TenantId == settings.TenantId, cancellationToken);
        if (row is null)
        {
            row = new TenantSettingsRow { TenantId = settings.TenantId, DefaultLocale = settings.DefaultLocale, AdminAadObjectIdsJson = "[]" };
            db.TenantSettings.Add(row);
        }

        Apply(settings, row);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static void Apply(TenantSettings settings, TenantSettingsRow row)
    {
        SignalThresholds t = settings.Thresholds;
        row.DefaultLocale = settings.DefaultLocale;
        row.RatingDeclineQuarters = t.RatingDeclineQuarters;
        row.TrainingDropPoints = t.TrainingDropPoints;
        row.OvertimeRisePercent = t.OvertimeRisePercent;
        row.OvertimeMinimumHours = t.OvertimeMinimumHours;
        row.ComplaintRisePercent = t.ComplaintRisePercent;
        row.GoalCompletionDropPoints = t.GoalCompletionDropPoints;
        row.AdminAadObjectIdsJson = StringList.ToJson(settings.AdminAadObjectIds);
        row.AttritionScoreEnabled = settings.AttritionScoreEnabled;
    }

    private static TenantSettings ToSettings(TenantSettingsRow row) => new(
        row.TenantId,
        row.DefaultLocale,
        new SignalThresholds
        {
            RatingDeclineQuarters = row.RatingDeclineQuarters,
            TrainingDropPoints = row.TrainingDropPoints,
            OvertimeRisePercent = row.OvertimeRisePercent,
            OvertimeMinimumHours = row.OvertimeMinimumHours,
            ComplaintRisePercent = row.ComplaintRisePercent,
            GoalCompletionDropPoints = row.GoalCompletionDropPoints,
        },
        StringList.FromJson(row.AdminAadObjectIdsJson),
        row.AttritionScoreEnabled);
}
