using GrowBot.Coaching.Demo;
using GrowBot.Storage.Entities;
using GrowBot.Storage.Stores;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Demo;

/// <summary>Writes the demo company into one tenant, in one SaveChanges, only when the tenant has no people yet.</summary>
internal static class DemoSeeder
{
    /// <summary>Returns true when the demo company was written, false when the tenant already had people.</summary>
    public static async Task<bool> SeedAsync(GrowBotDbContext db, string tenantId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(p => p.TenantId == tenantId, cancellationToken))
        {
            return false;
        }

        DemoDataSet data = DemoCompany.Build(tenantId, clock);

        var settings = new TenantSettingsRow { TenantId = tenantId, DefaultLocale = data.Settings.DefaultLocale, AdminAadObjectIdsJson = "[]" };
        TenantSettingsStore.Apply(data.Settings, settings);
        if (!await db.TenantSettings.AnyAsync(s => s.TenantId == tenantId, cancellationToken))
        {
            db.TenantSettings.Add(settings);
        }

        db.Departments.AddRange(data.Departments.Select(PeopleMapping.ToRow));
        db.People.AddRange(data.People.Select(PeopleMapping.ToRow));
        db.HrbpAssignments.AddRange(data.Assignments.Select(a => new HrbpAssignmentRow
        {
            TenantId = a.TenantId, HrbpId = a.HrbpId, EmployeeId = a.EmployeeId, Since = a.Since, Until = a.Until,
        }));
        db.MetricPoints.AddRange(data.Metrics.Select(m => MetricStore.ToRow(tenantId, m.PersonId, m.MetricCode, m.Point)));
        db.Goals.AddRange(data.Goals.Select(GoalStore.ToRow));
        db.Courses.AddRange(data.Courses.Select(CatalogMapping.ToRow));
        db.CourseEnrolments.AddRange(data.Enrolments.Select(CatalogMapping.ToRow));
        db.Mentors.AddRange(data.Mentors.Select(CatalogMapping.ToRow));
        db.Projects.AddRange(data.Projects.Select(CatalogMapping.ToRow));
        db.Openings.AddRange(data.Openings.Select(CatalogMapping.ToRow));
        db.PersonSkills.AddRange(data.Skills.Select(CatalogMapping.ToRow));
        db.Feedback.AddRange(data.Feedback.Select(CatalogMapping.ToRow));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Another instance seeded the tenant between the check above and this write. The transaction
            // rolled back this attempt completely, so only the other instance's rows remain.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
