using System.Globalization;
using System.Text;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;
using Sylvan.Data.Csv;

namespace Kpr.Core.Extracts;

/// <summary>
/// Streams the rows of a register extract (docs/extract-format.md) as <see cref="ExtractRecord"/>s: CSV with a header,
/// <c>,</c> or <c>;</c> separated (detected), UTF-8 with or without BOM, ISO or <c>dd.MM.yyyy</c> dates. Memory is
/// bounded by one record; a malformed row becomes a record with issues (line and field), never an exception.
/// </summary>
/// <remarks>Only an unreadable header (none, required columns missing, a column given twice) throws
/// <see cref="ExtractFormatException"/>. Blank lines carry no record and are skipped.</remarks>
public sealed class ExtractReader : IDisposable
{
    // A record longer than this is not an extract row (e.g. binary data or an unclosed quote): report and stop.
    private const int MaxRecordChars = 1 << 20;

    private readonly CsvDataReader _csv;
    private readonly string? _source;
    private readonly int[] _ordinal = new int[ExtractSchema.Columns.Count];
    private readonly List<ValidationIssue> _headerIssues = [];
    private string _lastPersonId = "";
    private bool _finished;

    private ExtractReader(TextReader text, string? source, ExtractReadOptions options)
    {
        _source = source;
        Options = options;
        try
        {
            _csv = CsvDataReader.Create(text, new CsvDataReaderOptions
            {
                HasHeaders = true,
                CsvStyle = CsvStyle.Lax,
                Comment = '\0',
                BufferSize = 1 << 16,
                MaxBufferSize = MaxRecordChars,
                HeaderComparer = StringComparer.OrdinalIgnoreCase,
                OwnsReader = true,
            });
        }
        catch (Exception e) when (e is CsvMissingHeadersException or CsvFormatException or CsvRecordTooLargeException or CsvConfigurationException)
        {
            text.Dispose();
            throw new ExtractFormatException($"{source ?? "input"}: no readable header line ({e.GetType().Name}).", e);
        }
        MapColumns(options.ColumnMapping);
    }

    /// <summary>How this reader reads.</summary>
    public ExtractReadOptions Options { get; }

    /// <summary>Issues found in the header (e.g. unknown columns, ignored).</summary>
    public IReadOnlyList<ValidationIssue> HeaderIssues => _headerIssues;

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
        return Create(new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, 1 << 16), Path.GetFileName(path), options);
    }

    /// <summary>Reads an extract from text.</summary>
    /// <param name="text">The text (owned and disposed by the reader).</param>
    /// <param name="source">A name for messages (e.g. the file name), or null.</param>
    /// <param name="options">How to read it (null: <see cref="ExtractReadOptions.Default"/>).</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ExtractFormatException">The header cannot be used.</exception>
    public static ExtractReader Create(TextReader text, string? source, ExtractReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new ExtractReader(text, source, options ?? ExtractReadOptions.Default);
    }

    /// <summary>The rows, one at a time. After a row that cannot be delimited (a record too large: binary data or
    /// an unclosed quote) reading stops with a record saying so.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<ExtractRecord> Records()
    {
        while (!_finished)
        {
            bool more;
            ExtractRecord? failure = null;
            try
            {
                more = _csv.Read();
            }
            catch (Exception e) when (e is CsvRecordTooLargeException or CsvFormatException or DecoderFallbackException)
            {
                more = false;
                var line = _csv.RowNumber + 2L;
                failure = new ExtractRecord(RecordOrigin.At(_source, line), null,
                    [new ValidationIssue(IssueKind.MalformedRecord, IssueSeverity.Rejection, RecordOrigin.At(_source, line),
                        $"a record longer than {MaxRecordChars} characters or not delimited (binary data or an unclosed quote?); reading stopped here")]);
            }
            if (failure is { } f)
            {
                _finished = true;
                yield return f;
                yield break;
            }
            if (!more)
            {
                _finished = true;
                yield break;
            }
            if (_csv.RowFieldCount == 1 && _csv.GetFieldSpan(0).Trim().IsEmpty && _csv.FieldCount > 1)
            {
                continue;
            }
            yield return ParseRow();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();

    private void MapColumns(IReadOnlyDictionary<string, string> mapping)
    {
        var names = new string[_csv.FieldCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = _csv.GetName(i).Trim();
        }
        var used = new bool[names.Length];
        var missing = new List<string>();
        for (var c = 0; c < ExtractSchema.Columns.Count; c++)
        {
            var column = ExtractSchema.Columns[c];
            var header = mapping.TryGetValue(column, out var mapped) ? mapped : column;
            var matches = Enumerable.Range(0, names.Length).Where(i => string.Equals(names[i], header, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count > 1)
            {
                throw new ExtractFormatException($"{_source ?? "input"}:1: column '{header}' appears {matches.Count} times in the header.");
            }
            _ordinal[c] = matches.Count == 1 ? matches[0] : -1;
            if (matches.Count == 1)
            {
                used[matches[0]] = true;
            }
            else if (ExtractSchema.Required.Contains(column))
            {
                missing.Add(header == column ? column : $"{column} (mapped to '{header}')");
            }
        }
        if (missing.Count > 0)
        {
            var found = names.Length == 1 && names[0].Length > 40 ? "one long column (is the separator , or ;?)" : string.Join(",", names.Select(n => n.Length > 40 ? n[..40] + "…" : n));
            throw new ExtractFormatException(
                $"{_source ?? "input"}:1: required column(s) missing: {string.Join(", ", missing)}. Header has: {found}. " +
                "Use --columns schema=header to map differently named columns (see docs/extract-format.md).");
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (!used[i])
            {
                _headerIssues.Add(new ValidationIssue(IssueKind.UnknownColumn, IssueSeverity.Warning, RecordOrigin.At(_source, 1).WithField(names[i]),
                    "column is not part of the extract schema and is ignored"));
            }
        }
    }

    private ExtractRecord ParseRow()
    {
        var origin = RecordOrigin.At(_source, _csv.RowNumber + 1L);
        for (var i = 0; i < _csv.RowFieldCount; i++)
        {
            var raw = _csv.GetFieldSpan(i);
            if (raw.Contains('\uFFFD') || raw.ContainsAnyInRange('\0', '\u0008'))
            {
                return new ExtractRecord(origin, null,
                [
                    new ValidationIssue(IssueKind.MalformedRecord, IssueSeverity.Rejection, origin,
                        "row contains bytes that are not UTF-8 text or control characters (binary data?)"),
                ]);
            }
        }
        if (_csv.RowFieldCount != _csv.FieldCount)
        {
            return new ExtractRecord(origin, null,
            [
                new ValidationIssue(IssueKind.WrongFieldCount, IssueSeverity.Rejection, origin,
                    string.Create(CultureInfo.InvariantCulture, $"expected {_csv.FieldCount} fields, found {_csv.RowFieldCount}{(_csv.RowFieldCount < _csv.FieldCount ? " (truncated line?)" : "")}")),
            ]);
        }
        List<ValidationIssue>? issues = null;

        var personSpan = Field(0).Trim();
        string personId = "";
        if (personSpan.IsEmpty)
        {
            Bad(ref issues, origin, IssueKind.MissingValue, ExtractSchema.PersonId, "person id is empty");
        }
        else if (personSpan.ContainsAnyInRange('\0', '\u001f') || personSpan.Contains('\uFFFD'))
        {
            Bad(ref issues, origin, IssueKind.MalformedValue, ExtractSchema.PersonId, "person id contains control characters or bytes that are not UTF-8");
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
            return new ExtractRecord(origin, null, issues);
        }
        var episode = new ServiceEpisode(personId, birthYear, sex, municipality, code, start, end, hours, bistandsbehov, coordinator, plan, death);
        return new ExtractRecord(origin, episode, []);
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

    private ReadOnlySpan<char> Field(int column) => _ordinal[column] is var i and >= 0 ? _csv.GetFieldSpan(i) : [];

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
