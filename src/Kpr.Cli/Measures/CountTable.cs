using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Kpr.Cli.Measures;

/// <summary>
/// A small CSV table of counts read whole (an analyst's table, not a register extract): the header, and each row's
/// cells as text with its line number, so that the rows can be written back unchanged with results appended.
/// Parsing errors name the file, line and column, never the cell's content.
/// </summary>
internal sealed class CountTable
{
    private readonly Dictionary<string, int> _columns;

    private CountTable(string source, string[] header, List<Row> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length; i++)
        {
            if (!_columns.TryAdd(header[i], i))
            {
                throw new CliException($"{source}:1: column '{header[i]}' appears more than once in the header.");
            }
        }
    }

    public string Source { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>Reads a CSV (',' ';' tab or '|' separated, detected; '#' starts a comment line; UTF-8).</summary>
    public static CountTable Read(TextReader reader, string source)
    {
        string content;
        try
        {
            content = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{source}: not UTF-8 text.");
        }
        var lines = RecordLines(content);
        long LineOf(long record) => record >= 0 && record < lines.Count ? lines[(int)record] : record + 1;
        try
        {
            using var csv = CsvDataReader.Create(new StringReader(content), new CsvDataReaderOptions
            {
                HasHeaders = true,
                CsvStyle = CsvStyle.Standard,
                Comment = '#',
                Delimiter = HeaderDelimiter(content),
                HeaderComparer = StringComparer.OrdinalIgnoreCase,
                MaxBufferSize = 1 << 22,
            });
            var header = new string[csv.FieldCount];
            for (var i = 0; i < header.Length; i++)
            {
                header[i] = csv.GetName(i).Trim();
            }
            if (header.Length == 0 || header.All(h => h.Length == 0))
            {
                throw new CliException($"{source}: no header line.");
            }
            var rows = new List<Row>();
            while (Read(csv, source, LineOf))
            {
                var line = LineOf(csv.RowNumber);
                if (csv.RowFieldCount == 1 && csv.GetFieldSpan(0).Trim().IsEmpty)
                {
                    continue; // a blank line
                }
                if (csv.RowFieldCount != header.Length)
                {
                    throw new CliException($"{source}:{line}: {csv.RowFieldCount} fields, but the header has {header.Length}.");
                }
                var cells = new string[header.Length];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i);
                }
                rows.Add(new Row(line, cells));
            }
            return new CountTable(source, header, rows);
        }
        catch (CsvMissingHeadersException)
        {
            throw new CliException($"{source}: no header line.");
        }
    }

    /// <summary>The position of a column; a missing column is an error naming the option that renames it.</summary>
    public int Column(string name, string option)
    {
        if (_columns.TryGetValue(name, out var i))
        {
            return i;
        }
        throw new CliException($"{Source}:1: no column '{name}' in the header (name another with {option}).");
    }

    /// <summary>True when the header has the column.</summary>
    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>A non-negative whole number, or null for an empty cell or NA.</summary>
    public long? Count(Row row, int column)
    {
        if (Number(row, column) is not { } value)
        {
            return null;
        }
        if (value < 0 || value != Math.Floor(value) || value > long.MaxValue)
        {
            throw new CliException($"{Source}:{row.Line}: field '{Header[column]}' must be a whole number ≥ 0.");
        }
        return (long)value;
    }

    /// <summary>A finite number (invariant culture: '.' decimal point), or null for an empty cell or NA.</summary>
    public double? Number(Row row, int column)
    {
        var text = row.Cells[column].Trim();
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new CliException($"{Source}:{row.Line}: field '{Header[column]}' is not a number (use '.' as the decimal point, empty or NA when missing).");
        }
        return value;
    }

    /// <summary>A non-negative number, or null.</summary>
    public double? NonNegative(Row row, int column)
    {
        var value = Number(row, column);
        if (value < 0)
        {
            throw new CliException($"{Source}:{row.Line}: field '{Header[column]}' must be ≥ 0.");
        }
        return value;
    }

    private static bool Read(CsvDataReader csv, string source, Func<long, long> lineOf)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvRecordTooLargeException e)
        {
            throw new CliException($"{source}:{lineOf(e.RowNumber)}: a record too large to be a row of counts (an unclosed quote?).");
        }
        catch (CsvFormatException e)
        {
            throw new CliException($"{source}:{lineOf(e.RowNumber)}: malformed CSV (an unclosed or stray quote?).");
        }
    }

    /// <summary>
    /// The separator of the header line (the first line that is not a '#' comment): the most frequent of ',' ';' tab
    /// '|', ',' when none. Sylvan's own detection reads the first line even when it is a comment, so a comment with a
    /// ';' in its prose made the header unreadable.
    /// </summary>
    private static char HeaderDelimiter(string text)
    {
        var header = text.Split('\n').Select(l => l.TrimStart('\uFEFF')).FirstOrDefault(l => !l.StartsWith('#')) ?? "";
        return new[] { ',', ';', '\t', '|' }.OrderByDescending(c => header.Count(h => h == c)).First();
    }

    /// <summary>
    /// The file line on which each record starts, indexed like Sylvan's record numbers (0 = header, then 1, 2, … for
    /// data records, blank lines included, '#' comment lines not), so errors can name lines even after comments or
    /// quoted line breaks.
    /// </summary>
    private static List<long> RecordLines(string text)
    {
        var starts = new List<long>();
        long line = 1;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '#')
            {
                while (i < text.Length && text[i] != '\n') { i++; }
                i++;
                line++;
                continue;
            }
            starts.Add(line);
            var quoted = false;
            var fieldStart = true;
            for (; i < text.Length; i++)
            {
                var ch = text[i];
                if (quoted)
                {
                    if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { i++; }
                    else if (ch == '"') { quoted = false; }
                    else if (ch == '\n') { line++; }
                    continue;
                }
                if (ch == '\n') { i++; line++; break; }
                if (ch == '"' && fieldStart) { quoted = true; }
                fieldStart = ch is ',' or ';' or '\t' or '|';
            }
        }
        return starts;
    }

    /// <summary>One data row: its line number in the file and its cells as read.</summary>
    internal sealed record Row(long Line, string[] Cells);
}
