using System.Globalization;
using GrowBot.Coaching.People;

namespace GrowBot.Coaching.Ingest;

/// <summary>
/// Checks every record of an ingest request and converts it to domain types. Every invalid field is reported;
/// the request is converted only when none is invalid.
/// </summary>
public static partial class IngestValidator
{
    /// <summary>Maximum length of ids, codes and the batch id, as the database columns allow.</summary>
    public const int MaxIdLength = 128;
    public const int MaxCodeLength = 64;

    /// <summary>Validates the request for the tenant; <paramref name="now"/> is the default "as of" of metric points.</summary>
    public static (IngestBatch? Batch, IReadOnlyList<IngestError> Errors) Validate(string tenantId, IngestRequest request, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(request);

        var errors = new List<IngestError>();
        if (request.BatchId is not null && (request.BatchId.Length == 0 || request.BatchId.Length > MaxIdLength))
        {
            errors.Add(new IngestError(IngestSections.Batch, 0, "batchId", $"must have 1 to {MaxIdLength} characters"));
        }

        var departments = Convert(request.Departments, IngestSections.Departments, errors, (r, e) => ToDepartment(tenantId, r, e));
        var people = Convert(request.People, IngestSections.People, errors, (r, e) => ToPerson(tenantId, r, e));
        var assignments = Convert(request.Assignments, IngestSections.Assignments, errors, (r, e) => ToAssignment(tenantId, r, e));
        var goals = Convert(request.Goals, IngestSections.Goals, errors, (r, e) => ToGoal(tenantId, r, e));
        var metrics = Convert(request.Metrics, IngestSections.Metrics, errors, (r, e) => ToMetric(r, now, e));

        // Positions in the converted lists equal record indexes only while no record was dropped, so duplicates
        // are checked after the records themselves are valid.
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        CheckUnique(departments, d => d.Id, IngestSections.Departments, "id", errors);
        CheckUnique(people, p => p.Person.Id, IngestSections.People, "id", errors);
        CheckUnique(assignments, a => $"{a.HrbpId}\n{a.EmployeeId}", IngestSections.Assignments, "hrbpId", errors);
        CheckUnique(goals, g => g.Id, IngestSections.Goals, "id", errors);
        CheckUnique(metrics, m => $"{m.PersonId}\n{m.MetricCode}\n{m.Point.Period}\n{m.Point.PeriodStart}", IngestSections.Metrics, "periodStart", errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new IngestBatch(tenantId, request.BatchId, departments!, people!, assignments!, goals!, metrics!), errors);
    }

    private static Department? ToDepartment(string tenantId, IngestDepartmentRecord record, FieldErrors errors)
    {
        string? id = errors.Id(record.Id, "id");
        string? nameEn = errors.Required(record.NameEn, "nameEn");
        string? parentId = errors.OptionalId(record.ParentId, "parentId");
        if (id is null || nameEn is null)
        {
            return null;
        }

        if (parentId == id)
        {
            errors.Add("parentId", "must not be the department itself");
        }

        return new Department(tenantId, id, nameEn, Fallback(record.NameZh, nameEn), parentId);
    }

    private static IngestedPerson? ToPerson(string tenantId, IngestPersonRecord record, FieldErrors errors)
    {
        string? id = errors.Id(record.Id, "id");
        string? nameEn = errors.Required(record.NameEn, "nameEn");
        string? departmentId = errors.Id(record.DepartmentId, "departmentId");
        string? managerId = errors.OptionalId(record.ManagerId, "managerId");
        string? aadObjectId = errors.OptionalId(record.AadObjectId, "aadObjectId");
        DateOnly? leftOn = errors.OptionalDate(record.LeftOn, "leftOn");
        if (record.Email is not null && !record.Email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add("email", "must be an e-mail address");
        }

        if (record.PreferredLocale is not null && !IsCulture(record.PreferredLocale))
        {
            errors.Add("preferredLocale", "must be a culture name such as zh-CN or en-US");
        }

        if (managerId is not null && managerId == id)
        {
            errors.Add("managerId", "must not be the person itself");
        }

        if (id is null || nameEn is null || departmentId is null || errors.Count > 0)
        {
            return null;
        }

        bool active = record.Active ?? leftOn is null;
        var person = new Person(
            tenantId, id, aadObjectId, record.Email, nameEn, Fallback(record.NameZh, nameEn),
            record.Aliases?.Where(a => !string.IsNullOrWhiteSpace(a)).ToList() ?? [],
            Fallback(record.JobTitleEn, ""), Fallback(record.JobTitleZh, Fallback(record.JobTitleEn, "")),
            departmentId, managerId, record.PreferredLocale, record.TimeZone, active);
        return new IngestedPerson(person, active ? null : leftOn);
    }

    private static string Fallback(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static bool IsCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    private static List<T>? Convert<TRecord, T>(
        IReadOnlyList<TRecord>? records, string section, List<IngestError> errors, Func<TRecord, FieldErrors, T?> convert)
        where T : class
    {
        var converted = new List<T>(records?.Count ?? 0);
        for (int index = 0; index < (records?.Count ?? 0); index++)
        {
            TRecord record = records![index];
            var fieldErrors = new FieldErrors(section, index, errors);
            if (record is null)
            {
                fieldErrors.Add("", "must be an object, not null");
                continue;
            }

            T? value = convert(record, fieldErrors);
            if (value is not null && fieldErrors.Count == 0)
            {
                converted.Add(value);
            }
        }

        return converted;
    }

    private static void CheckUnique<T>(List<T>? items, Func<T, string> key, string section, string field, List<IngestError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int index = 0; index < (items?.Count ?? 0); index++)
        {
            if (!seen.Add(key(items![index])))
            {
                errors.Add(new IngestError(section, index, field, "occurs twice in the batch"));
            }
        }
    }
}
