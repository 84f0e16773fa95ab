using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kpr.Core.Extracts;

namespace Kpr.Cli.Input;

/// <summary>Options and loading shared by every command that reads an extract (<c>--input</c>, <c>--columns</c>,
/// <c>--encoding</c>, <c>--accept-rejected</c>).</summary>
internal static class ExtractOptions
{
    private const string EncodingName = "--encoding";
    private const string AcceptRejectedName = "--accept-rejected";

    /// <summary><c>--columns schema=header,…</c>: map differently named columns.</summary>
    public static Option<string?> Columns() => new("--columns")
    {
        Description = "Map schema columns to the extract's header names, e.g. person_id=pid,start_date=fra_dato.",
    };

    /// <summary>Adds <c>--encoding</c> and <c>--accept-rejected</c> to a command that reads an extract.</summary>
    public static void AddReadingOptions(Command command)
    {
        command.Options.Add(new Option<string?>(EncodingName)
        {
            Description = "The extract's encoding: utf-8, iso-8859-1 or windows-1252 (default: UTF-8; lines that are not UTF-8 are read as Windows-1252 with one warning).",
        });
        command.Options.Add(new Option<bool>(AcceptRejectedName)
        {
            Description = "Go on (exit 0) when rows of the extract were rejected; they are left out of every count.",
        });
    }

    /// <summary>Whether the command line says <c>--accept-rejected</c>.</summary>
    public static bool AcceptRejected(ParseResult parse) => Has(parse, AcceptRejectedName) && parse.GetValue<bool>(AcceptRejectedName);

    /// <summary>Loads an extract, turning every input problem into a <see cref="CliException"/> (exit 1) with file and
    /// line; prints the one-line account of the file's lines to stderr when rows were rejected or lines were not UTF-8; progress goes to <paramref name="progress"/> for
    /// big files when it is the console's error stream. Unless <paramref name="rejectedIsResult"/> (kpr validate) or
    /// <c>--accept-rejected</c>, rejected rows stop the command with exit code <see cref="KprApp.DataRejected"/>.</summary>
    public static LoadedExtract Load(ParseResult parse, FileInfo file, string? columns, long? maxErrors, int maxIssues, TextWriter? progress,
        bool rejectedIsResult = false)
    {
        var encoding = ExtractEncoding.Detect;
        var encodingName = Has(parse, EncodingName) ? parse.GetValue<string?>(EncodingName) : null;
        if (encodingName is not null && !ExtractEncodings.TryParse(encodingName, out encoding))
        {
            throw new CliException($"--encoding must be one of {string.Join(", ", ExtractEncodings.Names)}.");
        }
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
        LoadedExtract extract;
        try
        {
            extract = ExtractLoader.LoadFile(file.FullName,
                new ExtractReadOptions { ColumnMapping = mapping, MaxErrors = maxErrors, MaxIssues = maxIssues, Progress = report, Encoding = encoding });
            if (interactive && lastReport > 0)
            {
                progress!.Write("\r" + new string(' ', 70) + "\r");
            }
        }
        catch (ExtractFormatException e)
        {
            throw new CliException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {file.Name}: {e.Message}");
        }
        var rejected = extract.Validation.Rejected;
        var error = parse.InvocationConfiguration.Error;
        if (rejected > 0 && !rejectedIsResult && !AcceptRejected(parse))
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"{extract.Summary()}. {rejected} rows were rejected: nothing is counted. See them with 'kpr validate --input {file.Name}', or count the rest with --accept-rejected."),
                KprApp.DataRejected);
        }
        // A clean file is read silently (stderr stays empty); anything left out or guessed is said in one line.
        if (rejected > 0 || extract.NotUtf8Lines > 0)
        {
            error.WriteLine("kpr: " + extract.Summary() + (rejected > 0 && !rejectedIsResult ? " (rejected rows left out: --accept-rejected)" : ""));
        }
        return extract;
    }

    private static bool Has(ParseResult parse, string name) => parse.CommandResult.Command.Options.Any(o => o.Name == name);
}
