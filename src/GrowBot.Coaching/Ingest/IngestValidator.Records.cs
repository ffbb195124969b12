using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;

namespace GrowBot.Coaching.Ingest;

public static partial class IngestValidator
{
    private static HrbpAssignment? ToAssignment(string tenantId, IngestAssignmentRecord record, FieldErrors errors)
    {
        string? employeeId = errors.Id(record.EmployeeId, "employeeId");
        string? hrbpId = errors.Id(record.HrbpId, "hrbpId");
        DateOnly? since = errors.Date(record.Since, "since");
        DateOnly? until = errors.OptionalDate(record.Until, "until");
        if (employeeId is not null && employeeId == hrbpId)
        {
            errors.Add("hrbpId", "must not be the employee");
        }

        if (since is not null && until is not null && until < since)
        {
            errors.Add("until", "must not be before since");
        }

        return employeeId is null || hrbpId is null || since is null
            ? null
            : new HrbpAssignment(tenantId, hrbpId, employeeId, since.Value, until);
    }

    private static Goal? ToGoal(string tenantId, IngestGoalRecord record, FieldErrors errors)
    {
        string? id = errors.Id(record.Id, "id");
        GoalLevel? level = errors.Enum<GoalLevel>(record.Level, "level");
        string? parentId = errors.OptionalId(record.ParentId, "parentId");
        string? titleEn = errors.Required(record.TitleEn, "titleEn");
        DateOnly? start = errors.Date(record.PeriodStart, "periodStart");
        DateOnly? end = errors.Date(record.PeriodEnd, "periodEnd");
        decimal? target = errors.RequiredNumber(record.Target, "target");
        errors.Percent(record.ContributionPercent, "contributionPercent");
        errors.Percent(record.Weight, "weight");
        if (start is not null && end is not null && end < start)
        {
            errors.Add("periodEnd", "must not be before periodStart");
        }

        if (level == GoalLevel.Personal && string.IsNullOrWhiteSpace(record.OwnerPersonId))
        {
            errors.Add("ownerPersonId", "is required for a personal goal");
        }

        if (level is GoalLevel.Team or GoalLevel.Personal && parentId is null)
        {
            errors.Add("parentId", "is required below the company level");
        }

        if (id is null || level is null || titleEn is null || start is null || end is null || target is null)
        {
            return null;
        }

        return new Goal(
            tenantId, id, level.Value, parentId, errors.OptionalId(record.DepartmentId, "departmentId"),
            errors.OptionalId(record.OwnerPersonId, "ownerPersonId"), titleEn, Fallback(record.TitleZh, titleEn),
            errors.OptionalCode(record.MetricCode, "metricCode"), target.Value, record.Progress ?? 0m, Fallback(record.Unit, ""),
            start.Value, end.Value, record.ContributionPercent ?? 0m, record.Weight ?? 0m);
    }

    private static PersonMetric? ToMetric(IngestMetricRecord record, DateTimeOffset now, FieldErrors errors)
    {
        string? personId = errors.Id(record.PersonId, "personId");
        string? metricCode = errors.Code(record.MetricCode, "metricCode");
        PeriodKind? period = errors.Enum<PeriodKind>(record.Period, "period");
        DateOnly? start = errors.Date(record.PeriodStart, "periodStart");
        decimal? value = errors.RequiredNumber(record.Value, "value");
        DateTimeOffset? asOf = errors.OptionalInstant(record.AsOf, "asOf");
        string source = Fallback(record.Source, "ingest");
        if (source.Length > MaxCodeLength)
        {
            errors.Add("source", $"must have at most {MaxCodeLength} characters");
        }

        if (start is not null && period is not null && PeriodMath.StartOf(start.Value, period.Value) != start.Value)
        {
            errors.Add("periodStart", $"must be the first day of a {period.Value}, such as {PeriodMath.StartOf(start.Value, period.Value):yyyy-MM-dd}");
        }

        if (personId is null || metricCode is null || period is null || start is null || value is null)
        {
            return null;
        }

        return new PersonMetric(personId, metricCode, new MetricPoint(start.Value, period.Value, value.Value, source, asOf ?? now));
    }
}
