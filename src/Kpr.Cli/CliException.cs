namespace Kpr.Cli;

/// <summary>An error a command reports to the user: the message goes to stderr, the exit code to the shell.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and where (file, line, field), without record contents.</param>
    /// <param name="exitCode">The exit code to return.</param>
    public CliException(string message, int exitCode = KprApp.InputError)
        : base(message) => ExitCode = exitCode;

    /// <summary>The exit code to return.</summary>
    public int ExitCode { get; }
}
