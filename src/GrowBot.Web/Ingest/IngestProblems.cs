using GrowBot.Coaching.Ingest;

namespace GrowBot.Web.Ingest;

/// <summary>RFC 7807 problem details of the ingest API.</summary>
internal static class IngestProblems
{
    /// <summary>Maximum record errors listed in one response. The total is always given.</summary>
    private const int MaxListedErrors = 200;

    /// <summary>
    /// A problem naming the invalid records: an <c>errors</c> array of section, index, field, reason and a JSON
    /// pointer into the request body, plus <c>errorCount</c>.
    /// </summary>
    public static IResult Records(int statusCode, string title, IReadOnlyList<IngestError> errors)
    {
        var listed = errors.Take(MaxListedErrors).Select(e => new Dictionary<string, object>
        {
            ["section"] = e.Section,
            ["index"] = e.Index,
            ["field"] = e.Field,
            ["reason"] = e.Reason,
            ["pointer"] = Pointer(e),
        }).ToList();
        string detail = errors.Count == 1
            ? $"{Pointer(errors[0])}: {errors[0].Reason}. Nothing of the batch was written."
            : $"{errors.Count} records are invalid; see errors. Nothing of the batch was written.";
        return Results.Problem(
            statusCode: statusCode,
            title: title,
            detail: detail,
            extensions: new Dictionary<string, object?> { ["errors"] = listed, ["errorCount"] = errors.Count });
    }

    public static IResult Body(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body", detail: detail);

    private static string Pointer(IngestError error) => error.Section == IngestSections.Batch
        ? $"/{error.Field}"
        : error.Field.Length == 0 ? $"/{error.Section}/{error.Index}" : $"/{error.Section}/{error.Index}/{error.Field}";
}
