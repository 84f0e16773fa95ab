using System.Globalization;
using System.Text;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Extracts;

/// <summary>
/// Streams the rows of a register extract (docs/extract-format.md) as <see cref="ExtractRecord"/>s: CSV with a header,
/// separated by <c>,</c>, <c>;</c> or tab (detected from the header), UTF-8 with or without BOM (or the
/// <see cref="ExtractReadOptions.Encoding"/> given), ISO or <c>dd.MM.yyyy</c> dates.
/// </summary>
/// <remarks>
/// <para>Every physical line is accounted for: the header, blank lines (<see cref="BlankLines"/>) and one record per
/// other line. A field never spans lines, so a stray quote costs its own line and reading goes on with the next;
/// there is no comment character. A line with a NUL byte or another control character, or with bytes that are
/// not text in the file's encoding, is a rejected record. Invisible characters (a byte-order mark inside the file,
/// zero-width spaces, bidi marks) are removed and reported, so they never become part of an id.</para>
/// <para>Memory is bounded by one line. Messages carry file, line and field, never record contents. Only an
/// unusable header (none, required columns missing, a column given twice) throws
/// <see cref="ExtractFormatException"/>.</para>
/// </remarks>
public sealed class ExtractReader : IDisposable
{
    private static readonly char[] Separators = [',', ';', '\t'];

    private readonly LineSource _lines;
    private readonly string? _source;
    private readonly int[] _ordinal = new int[ExtractSchema.Columns.Count];
    private readonly List<ValidationIssue> _headerIssues = [];
    private Range[] _fields = [];
    private int _fieldCount;
    private char _separator;
    private string _lastPersonId = "";
    private long _firstNotUtf8Line;
    private char[] _lineBuffer = [];
    private int _lineLength;

    private ExtractReader(LineSource lines, string? source, ExtractReadOptions options)
    {
        _lines = lines;
        _source = source;
        Options = options;
        try
        {
            ReadHeader();
        }
        catch
        {
            lines.Dispose();
            throw;
        }
    }

    /// <summary>How this reader reads.</summary>
    public ExtractReadOptions Options { get; }

    /// <summary>Issues found in the header (e.g. unknown columns, ignored).</summary>
    public IReadOnlyList<ValidationIssue> HeaderIssues => _headerIssues;

    /// <summary>The separator found in the header: <c>,</c>, <c>;</c> or tab.</summary>
    public char Separator => _separator;

    /// <summary>The number of fields in the header (every row must have as many).</summary>
    public int FieldCount => _fieldCount;

    /// <summary>Physical lines read so far, the header included.</summary>
    public long LinesRead => _lines.LineNumber;

    /// <summary>Empty or all-whitespace lines read so far (they hold no record and are skipped).</summary>
    public long BlankLines { get; private set; }

    /// <summary>Records returned so far (one per non-blank line after the header).</summary>
    public long RecordsRead { get; private set; }

    /// <summary>Lines that were not valid UTF-8 and were read as Windows-1252 (only with
    /// <see cref="ExtractEncoding.Detect"/>).</summary>
    public long NotUtf8Lines { get; private set; }

    /// <summary>Opens an extract file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to read it (null: <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static ExtractReader Open(string path, ExtractReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Create(stream, Path.GetFileName(path), options ?? ExtractReadOptions.Default);
    }

    /// <summary>Reads an extract from bytes in the encoding of <see cref="ExtractReadOptions.Encoding"/>.</summary>
    /// <param name="stream">The bytes (owned and disposed by the reader).</param>
    /// <param name="source">A name for messages (e.g. the file name), or null.</param>
    /// <param name="options">How to read it (e.g. <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    public static ExtractReader Create(Stream stream, string? source, ExtractReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(options);
        return new ExtractReader(new ByteLineSource(stream, options.Encoding), source, options);
    }

    /// <summary>Reads an extract from text that is already decoded (<see cref="ExtractReadOptions.Encoding"/> is not
    /// used).</summary>
    /// <param name="text">The text (owned and disposed by the reader).</param>
    /// <param name="source">A name for messages (e.g. the file name), or null.</param>
    /// <param name="options">How to read it (e.g. <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    public static ExtractReader Create(TextReader text, string? source, ExtractReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return new ExtractReader(new TextLineSource(text), source, options);
    }

    /// <summary>The records, one per non-blank line after the header, in file order.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<ExtractRecord> Records()
    {
        while (TryRead(out var record))
        {
            yield return record;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _lines.Dispose();

    private string Where => _source ?? "input";

    private bool TryRead(out ExtractRecord record)
    {
        while (_lines.Next(out var line, out var flags))
        {
            var origin = RecordOrigin.At(_source, _lines.LineNumber);
            if ((flags & LineFlags.TooLong) != 0)
            {
                record = Rejected(origin, IssueKind.MalformedRecord,
                    string.Create(CultureInfo.InvariantCulture, $"line longer than {LineSource.MaxLineBytes} bytes (binary data?)"));
                RecordsRead++;
                return true;
            }
            if (line.IsWhiteSpace() && (flags & LineFlags.ByteOrderMarkRemoved) == 0)
            {
                BlankLines++;
                continue;
            }
            RecordsRead++;
            List<ValidationIssue>? warnings = null;
            if ((flags & LineFlags.NotUtf8) != 0)
            {
                NotUtf8Lines++;
                if (_firstNotUtf8Line == 0)
                {
                    _firstNotUtf8Line = origin.Line;
                    (warnings ??= []).Add(new ValidationIssue(IssueKind.EncodingMismatch, IssueSeverity.Warning, origin,
                        "the file is not UTF-8 (from this line on, lines that are not UTF-8 are read as Windows-1252, as Excel saves CSV in Norway); " +
                        "say which encoding it is with --encoding utf-8|iso-8859-1|windows-1252"));
                }
            }
            var forbidden = TextChecks.IndexOfForbidden(line);
            if (forbidden >= 0)
            {
                record = Rejected(origin, IssueKind.MalformedRecord,
                    string.Create(CultureInfo.InvariantCulture, $"line contains {TextChecks.Describe(line[forbidden])} at position {forbidden + 1}; the row is not read"), warnings);
                return true;
            }
            var length = TextChecks.RemoveInvisible(line);
            if (length != line.Length || (flags & LineFlags.ByteOrderMarkRemoved) != 0)
            {
                (warnings ??= []).Add(new ValidationIssue(IssueKind.InvisibleCharacter, IssueSeverity.Warning, origin,
                    (flags & LineFlags.ByteOrderMarkRemoved) != 0
                        ? "a byte-order mark inside the file (files concatenated?) was removed"
                        : "invisible characters (zero-width space, bidi mark or byte-order mark) were removed"));
                line = line[..length];
                if (line.IsWhiteSpace())
                {
                    record = Rejected(origin, IssueKind.MalformedRecord, "line holds nothing but invisible characters", warnings);
                    return true;
                }
            }
            var split = LineFields.Split(line, _separator, _fields, out var count);
            if (split != SplitResult.Ok)
            {
                record = Rejected(origin, IssueKind.MalformedRecord, split == SplitResult.UnclosedQuote
                    ? "a quoted field is not closed on this line (a stray \"?); the row is not read, reading goes on with the next line"
                    : "text after the closing quote of a quoted field; the row is not read", warnings);
                return true;
            }
            if (count != _fieldCount)
            {
                record = Rejected(origin, IssueKind.WrongFieldCount,
                    string.Create(CultureInfo.InvariantCulture, $"expected {_fieldCount} fields, found {count}{(count < _fieldCount ? " (truncated line?)" : "")}"), warnings);
                return true;
            }
            CopyLine(line);
            record = ParseRow(origin, warnings);
            return true;
        }
        record = default;
        return false;
    }

    // The field parsers read the line through Field(column); a copy of the (short) line keeps that a plain method.
    private void CopyLine(ReadOnlySpan<char> line)
    {
        if (_lineBuffer.Length < line.Length)
        {
            _lineBuffer = new char[Math.Max(line.Length, 256)];
        }
        line.CopyTo(_lineBuffer);
        _lineLength = line.Length;
    }

    private static ExtractRecord Rejected(RecordOrigin origin, IssueKind kind, string message, List<ValidationIssue>? warnings = null)
    {
        var issues = warnings ?? [];
        issues.Add(new ValidationIssue(kind, IssueSeverity.Rejection, origin, message));
        return new ExtractRecord(origin, null, issues);
    }

    private void ReadHeader()
    {
        if (!_lines.Next(out var line, out var flags) || (flags & LineFlags.TooLong) != 0)
        {
            throw new ExtractFormatException($"{Where}: no header line (the file is empty or its first line is not text). " +
                $"Expected a header with the columns {string.Join(",", ExtractSchema.Required)} (see docs/extract-format.md).");
        }
        if (!line.IsEmpty && line[0] == '\uFEFF')
        {
            line = line[1..];
        }
        var mapping = Options.ColumnMapping;
        string[]? best = null;
        var bestMissing = int.MaxValue;
        var tried = new List<string>();
        foreach (var separator in Separators)
        {
            var names = HeaderNames(line, separator);
            var missing = ExtractSchema.Required.Count(c => !names.Contains(mapping.TryGetValue(c, out var m) ? m : c, StringComparer.OrdinalIgnoreCase));
            tried.Add(string.Create(CultureInfo.InvariantCulture, $"'{(separator == '\t' ? "tab" : separator.ToString())}' gives {names.Length} field{(names.Length == 1 ? "" : "s")}"));
            if (missing < bestMissing)
            {
                (best, bestMissing, _separator) = (names, missing, separator);
            }
        }
        if (bestMissing == ExtractSchema.Required.Count)
        {
            throw new ExtractFormatException($"{Where}:1: the first line is not a header with the extract's columns " +
                $"({string.Join(",", ExtractSchema.Required)}; separator , ; or tab): {string.Join(", ", tried)}. " +
                "Use --columns schema=header to map differently named columns (see docs/extract-format.md).");
        }
        _fieldCount = best!.Length;
        _fields = new Range[_fieldCount];
        MapColumns(best, mapping);
    }

    private static string[] HeaderNames(ReadOnlySpan<char> line, char separator)
    {
        var copy = line.ToArray().AsSpan();
        copy = copy[..TextChecks.RemoveInvisible(copy)];
        Span<Range> ranges = new Range[Math.Min(copy.Count(separator) + 1, 4096)];
        LineFields.Split(copy, separator, ranges, out var count);
        var names = new string[Math.Min(count, ranges.Length)];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = copy[ranges[i]].Trim().ToString();
        }
        return names;
    }

    private void MapColumns(string[] names, IReadOnlyDictionary<string, string> mapping)
    {
        var used = new bool[names.Length];
        var missing = new List<string>();
        for (var c = 0; c < ExtractSchema.Columns.Count; c++)
        {
            var column = ExtractSchema.Columns[c];
            var header = mapping.TryGetValue(column, out var mapped) ? mapped : column;
            var matches = Enumerable.Range(0, names.Length).Where(i => string.Equals(names[i], header, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 1)
            {
                    throw new ExtractFormatException(
                    $"{Where}:1: column {column}{(header == column ? "" : " (mapped)")} appears {matches.Count.ToString(CultureInfo.InvariantCulture)} times in the header.");
            }
            _ordinal[c] = matches.Count == 1 ? matches[0] : -1;
            if (matches.Count == 1)
            {
                used[matches[0]] = true;
            }
            else if (ExtractSchema.Required.Contains(column))
            {
                missing.Add(header == column ? column : $"{column} (mapped to '{TextChecks.Escape(header)}')");
            }
        }
        if (missing.Count > 0)
        {
            var separator = _separator == '\t' ? "tab" : _separator.ToString();
            throw new ExtractFormatException(
                $"{Where}:1: required column(s) missing: {string.Join(", ", missing)}. The header has {names.Length.ToString(CultureInfo.InvariantCulture)} fields separated by " +
                $"'{separator}'; the required columns are {string.Join(",", ExtractSchema.Required)}. " +
                "Use --columns schema=header to map differently named columns (see docs/extract-format.md).");
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (!used[i])
            {
                _headerIssues.Add(new ValidationIssue(IssueKind.UnknownColumn, IssueSeverity.Warning, RecordOrigin.At(_source, 1).WithField(TextChecks.Escape(names[i])),
                    "column is not part of the extract schema and is ignored"));
            }
        }
    }

    private ExtractRecord ParseRow(RecordOrigin origin, List<ValidationIssue>? warnings)
    {
        var issues = (List<ValidationIssue>?)null;

        var personSpan = Field(0).Trim();
        string personId = "";
        if (personSpan.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.PersonId, "person id is empty");
        }
        else
        {
            personId = personSpan.SequenceEqual(_lastPersonId) ? _lastPersonId : (_lastPersonId = personSpan.ToString());
        }

        var birthYear = 0;
        var text = Field(1).Trim();
        if (text.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.BirthYear, "birth year is empty");
        }
        else if (!FieldParsers.TryParseInt(text, out birthYear))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.BirthYear, "birth year is not a whole number");
        }

        var sex = default(Sex);
        text = Field(2).Trim();
        if (text.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.Sex, "sex is empty");
        }
        else if (!Sexes.TryParse(text, out sex))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.Sex, "sex must be 1 (male) or 2 (female)");
        }

        var municipality = default(MunicipalityCode);
        text = Field(3).Trim();
        if (text.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.Municipality, "municipality is empty");
        }
        else if (!TryParseMunicipality(text, out municipality))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.Municipality, "municipality is not a four-digit municipality number");
        }

        var code = default(ServiceCode);
        text = Field(4).Trim();
        if (text.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.ServiceCode, "service code is empty");
        }
        else if (!ServiceCode.TryParse(text, out code))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.ServiceCode, "service code is not a number from 1 to 99");
        }

        var start = Date(5, ExtractSchema.StartDate, ref issues, origin);
        var end = Date(6, ExtractSchema.EndDate, ref issues, origin);
        var death = Date(11, ExtractSchema.DeathDate, ref issues, origin);

        double? hours = null;
        text = Field(7).Trim();
        if (!text.IsEmpty)
        {
            if (FieldParsers.TryParseHours(text, out var h))
            {
                hours = h;
            }
            else
            {
                Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.HoursPerWeek, "hours per week is not a number");
            }
        }

        if (!BistandsbehovIds.TryParse(Field(8), out var bistandsbehov))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.Bistandsbehov, "bistandsbehov must be noe_avgrenset, middels_til_stort, omfattende, uoppgitt (or 1, 2, 3, 9)");
        }
        if (!FieldParsers.TryParseFlag(Field(9), out var coordinator))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.Coordinator, "coordinator must be 1/0, ja/nei or true/false");
        }
        if (!FieldParsers.TryParseFlag(Field(10), out var plan))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.IndividualPlan, "individual plan must be 1/0, ja/nei or true/false");
        }

        if (issues is not null)
        {
            if (warnings is not null)
            {
                issues.InsertRange(0, warnings);
            }
            return new ExtractRecord(origin, null, issues);
        }
        var episode = new ServiceEpisode(personId, birthYear, sex, municipality, code, start, end, hours, bistandsbehov, coordinator, plan, death);
        return new ExtractRecord(origin, episode, (IReadOnlyList<ValidationIssue>?)warnings ?? []);
    }

    private static void Bad(ref List<ValidationIssue>? issues, RecordOrigin origin, IssueKind kind, string field, string message) =>
        (issues ??= []).Add(new ValidationIssue(kind, IssueSeverity.Rejection, origin.WithField(field), message));

    private LocalDate? Date(int column, string field, ref List<ValidationIssue>? issues, RecordOrigin origin)
    {
        switch (FieldParsers.TryParseDate(Field(column), out var date))
        {
            case FieldParsers.DateResult.Ok:
                return date;
            case FieldParsers.DateResult.Empty:
                return null;
            case FieldParsers.DateResult.Impossible:
                (issues ??= []).Add(new ValidationIssue(IssueKind.ImpossibleDate, IssueSeverity.Rejection, origin.WithField(field), "date does not exist"));
                return null;
            default:
                (issues ??= []).Add(new ValidationIssue(IssueKind.ImpossibleDate, IssueSeverity.Rejection, origin.WithField(field),
                    "not a date (use yyyy-MM-dd or dd.MM.yyyy)"));
                return null;
        }
    }

    private ReadOnlySpan<char> Field(int column) => _ordinal[column] is var i and >= 0 ? _lineBuffer.AsSpan(0, _lineLength)[_fields[i]] : [];

    // Three digits are accepted as a four-digit code whose leading zero a spreadsheet dropped (301 = 0301).
    private static bool TryParseMunicipality(ReadOnlySpan<char> text, out MunicipalityCode code)
    {
        if (text.Length == 3)
        {
            Span<char> padded = ['0', text[0], text[1], text[2]];
            return MunicipalityCode.TryParse(padded, out code);
        }
        return MunicipalityCode.TryParse(text, out code);
    }
}
