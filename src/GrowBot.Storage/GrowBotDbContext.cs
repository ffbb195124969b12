using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GrowBot.Storage;

/// <summary>
/// The EF Core model of GrowBot. Every table carries <c>TenantId</c> as the first key column. Each provider
/// has a derived context (<see cref="Providers.SqliteGrowBotDbContext"/>, <see cref="Providers.PostgreSqlGrowBotDbContext"/>)
/// so that each keeps its own migrations.
/// </summary>
/// <remarks>
/// Add a migration for both providers after a model change:
/// <code>
/// dotnet ef migrations add NAME -p src/GrowBot.Storage -s src/GrowBot.Storage -c SqliteGrowBotDbContext -o Migrations/Sqlite
/// dotnet ef migrations add NAME -p src/GrowBot.Storage -s src/GrowBot.Storage -c PostgreSqlGrowBotDbContext -o Migrations/PostgreSql
/// </code>
/// </remarks>
public abstract class GrowBotDbContext : DbContext
{
    protected GrowBotDbContext(DbContextOptions options)
        : base(options)
    {
    }

    internal DbSet<DepartmentRow> Departments => Set<DepartmentRow>();
    internal DbSet<PersonRow> People => Set<PersonRow>();
    internal DbSet<HrbpAssignmentRow> HrbpAssignments => Set<HrbpAssignmentRow>();
    internal DbSet<MetricPointRow> MetricPoints => Set<MetricPointRow>();
    internal DbSet<AuditRecordRow> AuditRecords => Set<AuditRecordRow>();
    internal DbSet<TenantSettingsRow> TenantSettings => Set<TenantSettingsRow>();
    internal DbSet<GoalRow> Goals => Set<GoalRow>();
    internal DbSet<CourseRow> Courses => Set<CourseRow>();
    internal DbSet<CourseEnrolmentRow> CourseEnrolments => Set<CourseEnrolmentRow>();
    internal DbSet<MentorRow> Mentors => Set<MentorRow>();
    internal DbSet<ProjectRow> Projects => Set<ProjectRow>();
    internal DbSet<OpeningRow> Openings => Set<OpeningRow>();
    internal DbSet<PersonSkillRow> PersonSkills => Set<PersonSkillRow>();
    internal DbSet<FeedbackRow> Feedback => Set<FeedbackRow>();
    internal DbSet<QueuedActivityRow> InboundQueue => Set<QueuedActivityRow>();
    internal DbSet<DedupeKeyRow> DedupeKeys => Set<DedupeKeyRow>();
    internal DbSet<WelcomeRecordRow> WelcomeRecords => Set<WelcomeRecordRow>();
    internal DbSet<ConversationReferenceRow> ConversationReferences => Set<ConversationReferenceRow>();
    internal DbSet<InterviewNoteRow> InterviewNotes => Set<InterviewNoteRow>();
    internal DbSet<TokenUsageRow> TokenUsage => Set<TokenUsageRow>();
    internal DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();
    internal DbSet<IngestBatchRow> IngestBatches => Set<IngestBatchRow>();
    internal DbSet<PreparationRow> Preparations => Set<PreparationRow>();
    internal DbSet<ActionItemRow> ActionItems => Set<ActionItemRow>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GrowBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset and Npgsql accepts only UTC offsets, so instants are
        // stored as UTC ticks on both providers. The offset is not kept; values come back in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    /// <summary>
    /// Sets the version of new rows to 1 and increments it on every update. The version is a concurrency
    /// token, so the UPDATE matches only while the stored version equals the original value, and a stale
    /// write ends in <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersionedRow>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Version = 1;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(r => r.Version).OriginalValue + 1;
            }
        }
    }

    private sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
    {
        public UtcTicksConverter()
            : base(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
        {
        }
    }
}
