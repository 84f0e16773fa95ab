namespace Kpr.Cli;

/// <summary>The <c>kpr</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the tool with the process's console streams.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args) => KprApp.Run(args, Console.Out, Console.Error);
}
