using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kpr.Core.Extracts;
using Kpr.Core.Register;

namespace Kpr.Cli.Input;

/// <summary>Options and loading shared by every command that reads an extract (<c>--input</c>, <c>--columns</c>).</summary>
internal static class ExtractOptions
{
    /// <summary><c>--columns schema=header,…</c>: map differently named columns.</summary>
    public static Option<string?> Columns() => new("--columns")
    {
        Description = "Map schema columns to the extract's header names, e.g. person_id=pid,start_date=fra_dato.",
    };

    /// <summary>Loads an extract, turning every input problem into a <see cref="CliException"/> (exit 1) with file and
    /// line; progress goes to <paramref name="progress"/> for big files when it is the console's error stream.</summary>
    public static EpisodeRegister Load(FileInfo file, string? columns, long? maxErrors, int maxIssues, TextWriter? progress)
    {
        IReadOnlyDictionary<string, string> mapping;
        try
        {
            mapping = ExtractSchema.ParseMapping(columns);
        }
        catch (FormatException e)
        {
            throw new CliException("--columns: " + e.Message);
        }
        if (!file.Exists)
        {
            throw new CliException($"input file not found: {file.FullName}");
        }
        var watch = Stopwatch.StartNew();
        var lastReport = 0L;
        var interactive = progress is not null && ReferenceEquals(progress, Console.Error) && !Console.IsErrorRedirected;
        Action<long>? report = interactive
            ? rows =>
            {
                if (watch.ElapsedMilliseconds - lastReport >= 500)
                {
                    lastReport = watch.ElapsedMilliseconds;
                    progress!.Write(string.Create(CultureInfo.InvariantCulture, $"\rreading {file.Name}: {rows:N0} rows, {rows / Math.Max(0.001, watch.Elapsed.TotalSeconds):N0} rows/s   "));
                }
            }
            : null;
        try
        {
            var register = ExtractLoader.Load(file.FullName, new ExtractReadOptions { ColumnMapping = mapping, MaxErrors = maxErrors, MaxIssues = maxIssues, Progress = report });
            if (interactive && lastReport > 0)
            {
                progress!.Write("\r" + new string(' ', 70) + "\r");
            }
            return register;
        }
        catch (ExtractFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {file.Name}: {e.Message}");
        }
    }
}
