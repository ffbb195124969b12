namespace GrowBot.Web.Operator;

/// <summary>
/// Operator tasks that run as subcommands of the GrowBot executable instead of starting the web host,
/// for example <c>GrowBot package-teams-app --app-id &lt;guid&gt;</c>.
/// </summary>
internal static class OperatorCommands
{
    private static readonly Dictionary<string, IOperatorCommand> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["package-teams-app"] = new PackageTeamsAppCommand(),
        ["evaluate-analyser"] = new EvaluateAnalyserCommand(),
        ["train-analyser"] = new TrainAnalyserCommand(),
        ["api-key"] = new Ingest.ApiKeyCommand(),
        ["import"] = new Ingest.ImportCommand(),
    };

    /// <summary>The hint for a relative path that was not found, because <c>dotnet run</c> starts in src/GrowBot.Web.</summary>
    public const string AbsolutePathHint = "Note that dotnet run starts in src/GrowBot.Web, so pass absolute paths such as \"$PWD/...\".";

    public static bool IsOperatorCommand(string[] args) =>
        args.Length > 0 && (Commands.ContainsKey(args[0]) || args[0] is "help" or "--help" or "-h");

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!Commands.TryGetValue(args[0], out IOperatorCommand? command))
        {
            WriteUsage(output);
            return 0;
        }

        try
        {
            return await command.RunAsync(args[1..], output, cancellationToken);
        }
        catch (OperatorCommandException exception)
        {
            await error.WriteLineAsync($"{args[0]}: {exception.Message}");
            return 2;
        }
    }

    private static void WriteUsage(TextWriter output)
    {
        output.WriteLine("Usage: GrowBot [<command> [options]]");
        output.WriteLine("Without a command, GrowBot starts the web host (see README.md). Commands:");
        foreach ((string name, IOperatorCommand command) in Commands)
        {
            output.WriteLine($"  {name,-22} {command.Description}");
        }
    }
}

/// <summary>One operator subcommand.</summary>
internal interface IOperatorCommand
{
    /// <summary>One line for the usage text.</summary>
    string Description { get; }

    /// <summary>Runs the command with the arguments after its name; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken);
}

/// <summary>Invalid arguments or input of an operator command; the message states what to fix.</summary>
internal sealed class OperatorCommandException(string message) : Exception(message);
