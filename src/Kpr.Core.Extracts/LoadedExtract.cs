using System.Globalization;
using Kpr.Core.Register;

namespace Kpr.Core.Extracts;

/// <summary>An extract read into a register, with the account of its lines: every physical line is the header, a blank
/// line, or a row that was accepted, rejected or a duplicate (<see cref="LinesRead"/> = 1 + <see cref="BlankLines"/> +
/// <see cref="ValidationSummary.RowsRead"/> when reading was not stopped early).</summary>
public sealed class LoadedExtract
{
    internal LoadedExtract(string source, EpisodeRegister register, long linesRead, long blankLines, long notUtf8Lines)
    {
        Source = source;
        Register = register;
        LinesRead = linesRead;
        BlankLines = blankLines;
        NotUtf8Lines = notUtf8Lines;
    }

    /// <summary>The file name (for messages).</summary>
    public string Source { get; }

    /// <summary>The register; its <see cref="EpisodeRegister.Validation"/> counts rows and keeps the issues.</summary>
    public EpisodeRegister Register { get; }

    /// <summary>The validation summary of the rows.</summary>
    public ValidationSummary Validation => Register.Validation;

    /// <summary>Physical lines read, the header included.</summary>
    public long LinesRead { get; }

    /// <summary>Empty or all-whitespace lines (no record; skipped and counted).</summary>
    public long BlankLines { get; }

    /// <summary>Lines that were not UTF-8 and were read as Windows-1252 (<see cref="ExtractEncoding.Detect"/>).</summary>
    public long NotUtf8Lines { get; }

    /// <summary>One line for people, without record contents, e.g. <c>x.csv: 31 lines = header + 30 rows (29 accepted,
    /// 1 rejected, 0 duplicates) + 0 blank</c>.</summary>
    /// <returns>The line.</returns>
    public string Summary()
    {
        var v = Validation;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{Source}: {LinesRead} lines = header + {v.RowsRead} rows ({v.Accepted} accepted, {v.Rejected} rejected, {v.Duplicates} duplicates) + {BlankLines} blank");
        if (NotUtf8Lines > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $"; {NotUtf8Lines} lines not UTF-8 (read as Windows-1252)");
        }
        return v.StoppedEarly ? text + "; stopped early" : text;
    }
}
