using GrowBot.Coaching.Ingest;
using GrowBot.Coaching.People;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed partial class IngestStore
{
    private static async Task UpsertDepartmentsAsync(GrowBotDbContext db, IngestBatch batch, CancellationToken cancellationToken)
    {
        var ids = batch.Departments.Select(d => d.Id).ToList();
        var existing = await db.Departments
            .Where(d => d.TenantId == batch.TenantId && ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (Department department in batch.Departments)
        {
            Upsert(db, existing.GetValueOrDefault(department.Id), PeopleMapping.ToRow(department));
        }
    }

    private static async Task UpsertPeopleAsync(GrowBotDbContext db, IngestBatch batch, CancellationToken cancellationToken)
    {
        var ids = batch.People.Select(p => p.Person.Id).ToList();
        var existing = await db.People
            .Where(p => p.TenantId == batch.TenantId && ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (IngestedPerson ingested in batch.People)
        {
            Upsert(db, existing.GetValueOrDefault(ingested.Person.Id), PeopleMapping.ToRow(ingested.Person));
        }
    }

    private static async Task UpsertGoalsAsync(GrowBotDbContext db, IngestBatch batch, CancellationToken cancellationToken)
    {
        var ids = batch.Goals.Select(g => g.Id).ToList();
        var existing = await db.Goals
            .Where(g => g.TenantId == batch.TenantId && ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        foreach (var goal in batch.Goals)
        {
            GoalRow? row = existing.GetValueOrDefault(goal.Id);
            GoalRow incoming = GoalStore.ToRow(goal);
            if (row is not null)
            {
                // The source system is authoritative: keep the stored version so that the update bumps it.
                incoming.Version = row.Version;
            }

            Upsert(db, row, incoming);
        }
    }

    private static async Task UpsertMetricsAsync(GrowBotDbContext db, IngestBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Metrics.Count == 0)
        {
            return;
        }

        var personIds = batch.Metrics.Select(m => m.PersonId).Distinct().ToList();
        var codes = batch.Metrics.Select(m => m.MetricCode).Distinct().ToList();
        DateOnly from = batch.Metrics.Min(m => m.Point.PeriodStart);
        DateOnly to = batch.Metrics.Max(m => m.Point.PeriodStart);
        var existing = await db.MetricPoints
            .Where(m => m.TenantId == batch.TenantId && personIds.Contains(m.PersonId) && codes.Contains(m.MetricCode)
                && m.PeriodStart >= from && m.PeriodStart <= to)
            .ToDictionaryAsync(m => (m.PersonId, m.MetricCode, m.Period, m.PeriodStart), cancellationToken);
        foreach (PersonMetric metric in batch.Metrics)
        {
            MetricPointRow? row = existing.GetValueOrDefault((metric.PersonId, metric.MetricCode, metric.Point.Period, metric.Point.PeriodStart));
            Upsert(db, row, MetricStore.ToRow(batch.TenantId, metric.PersonId, metric.MetricCode, metric.Point));
        }
    }

    /// <summary>
    /// Ends the open assignments of leavers on the day they left, then upserts the assignments of the batch.
    /// An open assignment of an employee to an HRBP ends the employee's open assignments to other HRBPs on its
    /// start day (a reassignment). Returns the number of assignments ended.
    /// </summary>
    /// <remarks>
    /// Open action items and open preparations move with the employee to the new HRBP. The stage notes of a moved
    /// preparation stay private to the HRBP who wrote them, as an interview note of theirs (see
    /// <see cref="MoveOpenPreparationsAsync"/>). The assignments held by a leaving HRBP stay open until the HR system
    /// sends the reassignments of their employees.
    /// </remarks>
    private async Task<int> ApplyAssignmentsAsync(GrowBotDbContext db, IngestBatch batch, CancellationToken cancellationToken)
    {
        DateOnly today = DateOnly.FromDateTime(_timeProvider.GetUtcNow().UtcDateTime);
        Dictionary<string, DateOnly> leavers = batch.People
            .Where(p => !p.Person.IsActive)
            .ToDictionary(p => p.Person.Id, p => p.LeftOn ?? today, StringComparer.Ordinal);
        var employeeIds = leavers.Keys.Concat(batch.Assignments.Select(a => a.EmployeeId)).Distinct().ToList();
        if (employeeIds.Count == 0)
        {
            return 0;
        }

        List<HrbpAssignmentRow> rows = await db.HrbpAssignments
            .Where(a => a.TenantId == batch.TenantId && employeeIds.Contains(a.EmployeeId))
            .ToListAsync(cancellationToken);
        int ended = 0;
        foreach (HrbpAssignmentRow row in rows.Where(r => r.Until is null && leavers.ContainsKey(r.EmployeeId)))
        {
            row.Until = leavers[row.EmployeeId];
            ended++;
        }

        foreach (HrbpAssignment assignment in batch.Assignments)
        {
            if (assignment.Until is null)
            {
                foreach (HrbpAssignmentRow other in rows.Where(r => r.EmployeeId == assignment.EmployeeId && r.HrbpId != assignment.HrbpId && r.Until is null))
                {
                    other.Until = assignment.Since;
                    ended++;
                }
            }

            if (assignment.Until is null)
            {
                await MoveOpenActionItemsAsync(db, batch.TenantId, assignment, cancellationToken);
                await MoveOpenPreparationsAsync(db, batch.TenantId, assignment, cancellationToken);
            }

            HrbpAssignmentRow? existing = rows.FirstOrDefault(r => r.EmployeeId == assignment.EmployeeId && r.HrbpId == assignment.HrbpId);
            if (existing is null)
            {
                existing = new HrbpAssignmentRow
                {
                    TenantId = batch.TenantId,
                    HrbpId = assignment.HrbpId,
                    EmployeeId = assignment.EmployeeId,
                    Since = assignment.Since,
                    Until = assignment.Until,
                };
                db.HrbpAssignments.Add(existing);
                rows.Add(existing);
            }
            else
            {
                existing.Since = assignment.Since;
                existing.Until = assignment.Until;
            }
        }

        return ended;
    }

    // Runs inside the batch's SaveChanges, so the move is written together with the assignment or not at all.
    private static async Task MoveOpenActionItemsAsync(GrowBotDbContext db, string tenantId, HrbpAssignment assignment, CancellationToken cancellationToken)
    {
        string open = nameof(Coaching.ActionItems.ActionItemStatus.Open);
        List<ActionItemRow> items = await db.ActionItems
            .Where(i => i.TenantId == tenantId && i.EmployeeId == assignment.EmployeeId && i.HrbpId != assignment.HrbpId && i.Status == open)
            .ToListAsync(cancellationToken);
        foreach (ActionItemRow item in items)
        {
            item.HrbpId = assignment.HrbpId;
            item.Version++;
        }
    }
}
