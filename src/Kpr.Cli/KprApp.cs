using System.CommandLine;
using Kpr.Cli.Commands;

namespace Kpr.Cli;

/// <summary>
/// Builds the <c>kpr</c> command tree and runs it against explicit output streams, so that tests can run
/// every command in-process and read what it printed.
/// </summary>
public static class KprApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad input (arguments, files, data): the message on stderr says what and where.</summary>
    public const int InputError = 1;

    /// <summary>Exit code when a run completed but found rejected records (see <c>kpr validate</c>).</summary>
    public const int DataRejected = 2;

    /// <summary>Creates the root command with every sub-command.</summary>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("kpr: statistics on the Norwegian municipal patient and user register (KPR).");
        // One line per command; each command lives in its own file under Commands/.
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(CodesCommand.Create());
        root.Subcommands.Add(MunicipalityCommand.Create());
        root.Subcommands.Add(PopulationCommand.Create());
        root.Subcommands.Add(TableCommand.Create());
        root.Subcommands.Add(MeasureCommand.Create());
        return root;
    }

    /// <summary>Parses and runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var parse = CreateRootCommand().Parse(args);
        // Without the default handler a CliException reaches the catch below (message only, no stack trace).
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(config);
        }
        catch (CliException e)
        {
            stderr.WriteLine($"kpr: {e.Message}");
            return e.ExitCode;
        }
    }
}
