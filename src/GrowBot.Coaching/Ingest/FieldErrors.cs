using System.Globalization;

namespace GrowBot.Coaching.Ingest;

/// <summary>Collects the errors of one record and parses its fields; each parser returns null for an invalid value.</summary>
internal sealed class FieldErrors(string section, int index, List<IngestError> errors)
{
    public int Count { get; private set; }

    public void Add(string field, string reason)
    {
        errors.Add(new IngestError(section, index, field, reason));
        Count++;
    }

    public string? Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
            return null;
        }

        return value.Trim();
    }

    public string? Id(string? value, string field) => Length(Required(value, field), field, IngestValidator.MaxIdLength);

    public string? Code(string? value, string field) => Length(Required(value, field), field, IngestValidator.MaxCodeLength);

    public string? OptionalId(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Length(value.Trim(), field, IngestValidator.MaxIdLength);

    public string? OptionalCode(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : Length(value.Trim(), field, IngestValidator.MaxCodeLength);

    public DateOnly? Date(string? value, string field)
    {
        string? text = Required(value, field);
        return text is null ? null : ParseDate(text, field);
    }

    public DateOnly? OptionalDate(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? null : ParseDate(value.Trim(), field);

    public DateTimeOffset? OptionalInstant(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant))
        {
            return instant.ToUniversalTime();
        }

        Add(field, "must be an ISO 8601 instant such as 2026-03-31T08:00:00Z");
        return null;
    }

    public TEnum? Enum<TEnum>(string? value, string field)
        where TEnum : struct, Enum
    {
        string? text = Required(value, field);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse(text, ignoreCase: true, out TEnum parsed) && System.Enum.IsDefined(parsed) && !int.TryParse(text, out _))
        {
            return parsed;
        }

        Add(field, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");
        return null;
    }

    public decimal? RequiredNumber(decimal? value, string field)
    {
        if (value is null)
        {
            Add(field, "is required");
        }

        return value;
    }

    public void Percent(decimal? value, string field)
    {
        if (value is < 0m or > 100m)
        {
            Add(field, "must be between 0 and 100");
        }
    }

    private DateOnly? ParseDate(string text, string field)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        Add(field, "must be a date in the form yyyy-MM-dd");
        return null;
    }

    private string? Length(string? value, string field, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must have at most {maxLength} characters");
            return null;
        }

        return value;
    }
}
