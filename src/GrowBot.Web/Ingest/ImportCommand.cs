using GrowBot.Coaching.Ingest;
using GrowBot.Integrations.Import;
using GrowBot.Web.Operator;

namespace GrowBot.Web.Ingest;

/// <summary>
/// <c>import --tenant &lt;id&gt; --file &lt;csv or xlsx&gt; --mapping &lt;mapping.json&gt;</c>: loads people or metric
/// points from a CSV file or an Excel workbook into the database, reports accepted and rejected rows, and can be run
/// again safely.
/// </summary>
internal sealed class ImportCommand : IOperatorCommand
{
    private const int MaxListedRejections = 100;
    private readonly Func<IConfiguration> _configuration;

    public ImportCommand()
        : this(OperatorServices.LoadConfiguration)
    {
    }

    internal ImportCommand(Func<IConfiguration> configuration)
    {
        _configuration = configuration;
    }

    public string Description => "--tenant <id> --file <csv|xlsx> --mapping <json>: import people or metric points; exit 1 when rows were rejected";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        Dictionary<string, string> options = OperatorArguments.Parse(args);
        string tenantId = Required(options, "tenant", "the Entra tenant id to import into");
        string file = Required(options, "file", "the CSV file or Excel workbook (.xlsx)");
        string mappingFile = Required(options, "mapping", "the JSON mapping file (see README.md)");
        ImportMapping mapping = ReadMapping(mappingFile);
        if (!File.Exists(file))
        {
            throw new OperatorCommandException($"file not found: '{Path.GetFullPath(file)}'. {OperatorCommands.AbsolutePathHint}");
        }

        await using IImportRowSource rows = OpenRows(file, mapping, mappingFile);
        await using ServiceProvider services = await OperatorServices.StartStorageAsync(_configuration(), cancellationToken);
        var importer = new FileImporter(services.GetRequiredService<IIngestStore>(), TimeProvider.System);
        ImportReport report = await ImportAsync(importer, tenantId, rows, mapping, cancellationToken);

        await output.WriteLineAsync($"{mapping.Kind}: {Rows(report.Accepted)} accepted, {Rows(report.Rejected.Count)} rejected.");
        foreach (RejectedRow row in report.Rejected.OrderBy(row => row.Line).Take(MaxListedRejections))
        {
            await output.WriteLineAsync($"  line {row.Line}: {row.Reason}");
        }

        if (report.Rejected.Count > MaxListedRejections)
        {
            await output.WriteLineAsync($"  … and {report.Rejected.Count - MaxListedRejections} more rejected rows.");
        }

        if (report.Accepted == 0 && report.Rejected.Count == 0)
        {
            await output.WriteLineAsync("  The file has no data rows below its header. For a workbook, check the mapping's \"sheet\".");
            return 1;
        }

        return report.Rejected.Count == 0 ? 0 : 1;
    }

    private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";

    private static IImportRowSource OpenRows(string file, ImportMapping mapping, string mappingFile)
    {
        try
        {
            return ImportFile.Open(file, mapping);
        }
        catch (ImportFileException exception)
        {
            throw new OperatorCommandException(exception.Message);
        }
        catch (FormatException exception)
        {
            throw new OperatorCommandException($"invalid mapping '{mappingFile}': {exception.Message}");
        }
    }

    private static async Task<ImportReport> ImportAsync(
        FileImporter importer, string tenantId, IImportRowSource rows, ImportMapping mapping, CancellationToken cancellationToken)
    {
        try
        {
            return await importer.ImportAsync(tenantId, rows, mapping, cancellationToken);
        }
        catch (ImportFileException exception)
        {
            throw new OperatorCommandException(exception.Message);
        }
    }

    private static ImportMapping ReadMapping(string path)
    {
        if (!File.Exists(path))
        {
            throw new OperatorCommandException($"mapping file not found: '{Path.GetFullPath(path)}'. {OperatorCommands.AbsolutePathHint}");
        }

        try
        {
            return ImportMapping.Parse(File.ReadAllText(path));
        }
        catch (FormatException exception)
        {
            throw new OperatorCommandException($"invalid mapping '{path}': {exception.Message}");
        }
    }

    private static string Required(Dictionary<string, string> options, string name, string what)
    {
        string? value = options.GetValueOrDefault(name);
        return string.IsNullOrWhiteSpace(value) || value == "true"
            ? throw new OperatorCommandException($"missing --{name}: pass {what}.")
            : value;
    }
}
