using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Kpr.Core.Data;
using Kpr.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Regions;

/// <summary>
/// The 19 helsefellesskap and which municipality belongs to which on a date, 2018 onwards.
/// </summary>
/// <remarks>
/// <para>The built-in table (<see cref="Default"/>) follows SKDE's catchment tables (see docs/data-sources.md):
/// 2018–2019 rows are the hospital catchment of the time (helsefellesskap started in 2020); Oslo is one
/// helsefellesskap (its districts' hospitals are in <see cref="OsloDistricts"/>). Two memberships are disputed —
/// Gulen 4635 and Eidfjord 4619 are placed in <c>bergen</c> from 2020, the alternative being <c>forde</c> and
/// <c>fonna</c> (<see cref="DisputedMemberships"/>, docs/methods.md).</para>
/// <para>A user's own table (CSV or JSON text) replaces the built-in one through <see cref="ParseCsv"/>,
/// <see cref="ParseJson"/> or <see cref="Create"/>; it is validated so that every municipality valid on any date
/// 2018-01-01 … 2026-12-31 belongs to exactly one helsefellesskap.</para>
/// <para>Thread safety: immutable; <see cref="Default"/> loads once, lazily.</para>
/// </remarks>
public sealed class HelsefellesskapDirectory
{
    private static readonly Lazy<HelsefellesskapDirectory> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<Helsefellesskap>> LazyAll = new(LoadHelsefellesskap, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<IReadOnlyList<OsloDistrict>> LazyOslo = new(LoadOsloDistricts, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>First date the validation requires coverage for.</summary>
    public static LocalDate ValidationStart { get; } = new(2018, 1, 1);

    /// <summary>Last date the validation requires coverage for.</summary>
    public static LocalDate ValidationEnd { get; } = MunicipalityHistory.CoverageEnd;

    private readonly HelsefellesskapMembership[]?[] _byValue = new HelsefellesskapMembership[]?[10000];

    // The helsefellesskap of each row, parallel to _byValue, so Find needs no id look-up (hot path of aggregation).
    private readonly Helsefellesskap[]?[] _helsefellesskapByValue = new Helsefellesskap[]?[10000];
    private readonly FrozenDictionary<string, Helsefellesskap> _byId;

    private HelsefellesskapDirectory(IReadOnlyList<HelsefellesskapMembership> memberships, MunicipalityHistory history)
    {
        Memberships = memberships;
        History = history;
        All = LazyAll.Value;
        _byId = All.ToFrozenDictionary(h => h.Id, StringComparer.Ordinal);
        foreach (var group in memberships.GroupBy(m => m.Municipality))
        {
            var ordered = group.OrderBy(m => m.ValidFrom ?? LocalDate.MinIsoValue).ToArray();
            _byValue[group.Key.Value] = ordered;
            _helsefellesskapByValue[group.Key.Value] = ordered.Select(m => _byId[m.HelsefellesskapId]).ToArray();
        }
    }

    /// <summary>The built-in directory (loaded on first use).</summary>
    public static HelsefellesskapDirectory Default => LazyDefault.Value;

    /// <summary>The 19 helsefellesskap, north to south (the order of SKDE's area numbers).</summary>
    public IReadOnlyList<Helsefellesskap> All { get; }

    /// <summary>Every membership row.</summary>
    public IReadOnlyList<HelsefellesskapMembership> Memberships { get; }

    /// <summary>The municipality history the table was validated against.</summary>
    public MunicipalityHistory History { get; }

    /// <summary>The membership rows whose sources disagree (in the built-in table: Gulen 4635 and Eidfjord 4619 from 2020).</summary>
    public IReadOnlyList<HelsefellesskapMembership> DisputedMemberships => Memberships.Where(m => m.IsDisputed).ToArray();

    /// <summary>Oslo's districts and their hospitals (extra information; Oslo is one helsefellesskap).</summary>
    public IReadOnlyList<OsloDistrict> OsloDistricts => LazyOslo.Value;

    /// <summary>The helsefellesskap with an id.</summary>
    /// <param name="id">E.g. <c>bergen</c>.</param>
    /// <returns>The helsefellesskap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">Unknown id.</exception>
    public Helsefellesskap Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var h) ? h
            : throw new ArgumentException($"Unknown helsefellesskap '{id}'. Known: {string.Join(", ", All.Select(x => x.Id))}.", nameof(id));
    }

    /// <summary>Looks up a helsefellesskap by id.</summary>
    /// <param name="id">The id (null gives false).</param>
    /// <param name="helsefellesskap">The helsefellesskap, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Helsefellesskap? helsefellesskap)
    {
        helsefellesskap = null;
        return id is not null && _byId.TryGetValue(id, out helsefellesskap);
    }

    /// <summary>The membership row in force for a municipality on a date, or null.</summary>
    /// <param name="code">The municipality code (as valid on <paramref name="date"/>).</param>
    /// <param name="date">The date.</param>
    /// <returns>The row, or null when the code has no helsefellesskap on that date (e.g. not a valid code then).</returns>
    public HelsefellesskapMembership? MembershipOn(MunicipalityCode code, LocalDate date)
    {
        var rows = _byValue[code.Value];
        if (rows is null)
        {
            return null;
        }
        foreach (var row in rows)
        {
            if (row.IsValidOn(date))
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>The helsefellesskap of a municipality on a date, or null when the code has none then.</summary>
    /// <param name="code">The municipality code (as valid on <paramref name="date"/>).</param>
    /// <param name="date">The date.</param>
    /// <returns>The helsefellesskap, or null.</returns>
    public Helsefellesskap? Find(MunicipalityCode code, LocalDate date)
    {
        var rows = _byValue[code.Value];
        if (rows is null)
        {
            return null;
        }
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].IsValidOn(date))
            {
                return _helsefellesskapByValue[code.Value]![i];
            }
        }
        return null;
    }

    /// <summary>The helsefellesskap of a municipality on a date.</summary>
    /// <param name="code">The municipality code (as valid on <paramref name="date"/>).</param>
    /// <param name="date">The date.</param>
    /// <returns>The helsefellesskap.</returns>
    /// <exception cref="ArgumentException">No membership on that date; the message explains (e.g. the code had ended).</exception>
    public Helsefellesskap Get(MunicipalityCode code, LocalDate date)
    {
        if (Find(code, date) is { } h)
        {
            return h;
        }
        var why = History.ExplainInvalid(code, date);
        throw new ArgumentException(why is not null
            ? $"No helsefellesskap for {code} on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: {why}."
            : $"No helsefellesskap for {code} on {date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} in this membership table.", nameof(code));
    }

    /// <summary>Builds and validates a directory from membership rows (e.g. a user's own table).</summary>
    /// <param name="memberships">The rows.</param>
    /// <param name="history">The municipality history to validate against (default: <see cref="MunicipalityHistory.Default"/>).</param>
    /// <returns>The directory, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="memberships"/> is null.</exception>
    public static HelsefellesskapTableResult Create(IEnumerable<HelsefellesskapMembership> memberships, MunicipalityHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(memberships);
        var rows = memberships.ToArray();
        if (rows.Any(r => r is null))
        {
            throw new ArgumentException("A membership row is null.", nameof(memberships));
        }
        history ??= MunicipalityHistory.Default;
        var problems = Validate(rows, history);
        return new HelsefellesskapTableResult(problems.Count == 0 ? new HelsefellesskapDirectory(rows, history) : null, problems);
    }

    /// <summary>
    /// Reads a membership table from CSV text: a header row with <c>municipality_code</c>, <c>helsefellesskap_id</c>,
    /// <c>valid_from</c>, <c>valid_to</c> (ISO dates; empty = open) and optionally <c>alternative_id</c> and <c>notes</c>;
    /// other columns are ignored. Quoted fields are allowed. The table replaces the built-in one once validated.
    /// </summary>
    /// <param name="reader">The CSV text (the caller opens and closes any file).</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <param name="history">The municipality history to validate against (default: built-in).</param>
    /// <returns>The directory, or the problems found (with line and field).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    public static HelsefellesskapTableResult ParseCsv(TextReader reader, string sourceName, MunicipalityHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var problems = new List<string>();
        var rows = new List<HelsefellesskapMembership>();
        var header = reader.ReadLine();
        if (header is null)
        {
            return new HelsefellesskapTableResult(null, [$"{sourceName}: empty; expected a header row with municipality_code,helsefellesskap_id,valid_from,valid_to."]);
        }
        var columns = QuotedCsv.Split(header.TrimStart('\uFEFF')).Select(c => c.Trim()).ToList();
        int Column(string name)
        {
            var i = columns.IndexOf(name);
            if (i < 0)
            {
                problems.Add($"{sourceName} line 1: missing column '{name}'.");
            }
            return i;
        }
        var iCode = Column("municipality_code");
        var iId = Column("helsefellesskap_id");
        var iFrom = Column("valid_from");
        var iTo = Column("valid_to");
        var iAlt = columns.IndexOf("alternative_id");
        var iNotes = columns.IndexOf("notes");
        if (problems.Count > 0)
        {
            return new HelsefellesskapTableResult(null, problems);
        }
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var f = QuotedCsv.Split(line);
            if (f.Length < columns.Count)
            {
                problems.Add($"{sourceName} line {lineNumber}: {f.Length} fields, header has {columns.Count}.");
                continue;
            }
            var where = $"{sourceName} line {lineNumber}";
            var alternative = iAlt >= 0 && f[iAlt].Trim().Length > 0 ? f[iAlt].Trim() : null;
            var notes = iNotes >= 0 ? f[iNotes] : "";
            if (TryRow(where, f[iCode].Trim(), f[iId].Trim(), f[iFrom].Trim(), f[iTo].Trim(), alternative, notes, problems) is { } row)
            {
                rows.Add(row);
            }
        }
        return problems.Count > 0 ? new HelsefellesskapTableResult(null, problems) : Create(rows, history);
    }

    /// <summary>
    /// Reads a membership table from JSON text: an array of objects with <c>municipality_code</c> (string, four
    /// digits), <c>helsefellesskap_id</c>, <c>valid_from</c> and <c>valid_to</c> (ISO date strings or null), and
    /// optionally <c>alternative_id</c> and <c>notes</c>.
    /// </summary>
    /// <param name="json">The JSON text (the caller reads any file).</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <param name="history">The municipality history to validate against (default: built-in).</param>
    /// <returns>The directory, or the problems found (with element index and field).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="sourceName"/> is null.</exception>
    public static HelsefellesskapTableResult ParseJson(string json, string sourceName, MunicipalityHistory? history = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new HelsefellesskapTableResult(null, [$"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new HelsefellesskapTableResult(null, [$"{sourceName}: expected a JSON array of membership objects."]);
            }
            var problems = new List<string>();
            var rows = new List<HelsefellesskapMembership>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var where = $"{sourceName} element {index}";
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{where}: expected an object.");
                    continue;
                }
                string? Text(string name) =>
                    element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                if (TryRow(where, Text("municipality_code") ?? "", Text("helsefellesskap_id") ?? "", Text("valid_from") ?? "",
                        Text("valid_to") ?? "", Text("alternative_id"), Text("notes") ?? "", problems) is { } row)
                {
                    rows.Add(row);
                }
            }
            return problems.Count > 0 ? new HelsefellesskapTableResult(null, problems) : Create(rows, history);
        }
    }

    private static HelsefellesskapMembership? TryRow(string where, string code, string id, string from, string to, string? alternative, string notes, List<string> problems)
    {
        var ok = true;
        if (!MunicipalityCode.TryParse(code, out var municipality))
        {
            problems.Add($"{where}, field municipality_code: '{code}' is not a four-digit municipality code.");
            ok = false;
        }
        if (!LazyAll.Value.Any(h => string.Equals(h.Id, id, StringComparison.Ordinal)))
        {
            problems.Add($"{where}, field helsefellesskap_id: '{id}' is not one of {string.Join(", ", LazyAll.Value.Select(h => h.Id))}.");
            ok = false;
        }
        if (alternative is not null && !LazyAll.Value.Any(h => string.Equals(h.Id, alternative, StringComparison.Ordinal)))
        {
            problems.Add($"{where}, field alternative_id: '{alternative}' is not a helsefellesskap id.");
            ok = false;
        }
        LocalDate? Date(string text, string field)
        {
            if (text.Length == 0)
            {
                return null;
            }
            var r = LocalDatePattern.Iso.Parse(text);
            if (!r.Success)
            {
                problems.Add($"{where}, field {field}: '{text}' is not an ISO date (yyyy-MM-dd).");
                ok = false;
                return null;
            }
            return r.Value;
        }
        var validFrom = Date(from, "valid_from");
        var validTo = Date(to, "valid_to");
        if (validFrom is { } a && validTo is { } b && b < a)
        {
            problems.Add($"{where}: valid_to is before valid_from.");
            ok = false;
        }
        return ok ? new HelsefellesskapMembership(municipality, id, validFrom, validTo, alternative, notes) : null;
    }

    private static List<string> Validate(IReadOnlyList<HelsefellesskapMembership> rows, MunicipalityHistory history)
    {
        const int MaxProblems = 50;
        var problems = new List<string>();
        // Coverage can only change where a row or a municipality period starts or ends: check those dates.
        var dates = new SortedSet<LocalDate> { ValidationStart };
        void AddBoundary(LocalDate? from, LocalDate? to)
        {
            if (from is { } f && f > ValidationStart && f <= ValidationEnd)
            {
                dates.Add(f);
            }
            if (to is { } t && t >= ValidationStart && t < ValidationEnd)
            {
                dates.Add(t.PlusDays(1));
            }
        }
        foreach (var r in rows)
        {
            AddBoundary(r.ValidFrom, r.ValidTo);
        }
        foreach (var p in history.Periods)
        {
            AddBoundary(p.ValidFrom, p.ValidTo);
        }
        var byCode = rows.GroupBy(r => r.Municipality).ToDictionary(g => g.Key, g => g.ToArray());
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in dates)
        {
            var text = date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var valid = history.ValidOn(date).Select(m => m.Code).ToHashSet();
            foreach (var code in valid)
            {
                var n = byCode.TryGetValue(code, out var list) ? list.Count(r => r.IsValidOn(date)) : 0;
                if (n != 1 && reported.Add($"{code}:{n}"))
                {
                    problems.Add(n == 0
                        ? $"Municipality {code} (valid on {text}) has no helsefellesskap on {text}."
                        : $"Municipality {code} has {n} helsefellesskap on {text}; it must have exactly one.");
                }
            }
            foreach (var (code, list) in byCode)
            {
                if (!valid.Contains(code) && list.Any(r => r.IsValidOn(date)) && reported.Add($"{code}:invalid"))
                {
                    problems.Add($"Row for {code} covers {text}, but {history.ExplainInvalid(code, date)}.");
                }
            }
            if (problems.Count > MaxProblems)
            {
                problems.Add("(stopped after the first problems; fix these and validate again)");
                break;
            }
        }
        return problems;
    }

    private static HelsefellesskapDirectory LoadDefault()
    {
        var rows = new List<HelsefellesskapMembership>();
        var problems = new List<string>();
        var lineNumber = 1;
        foreach (var line in EmbeddedData.ReadLines("regions/helsefellesskap_membership.csv"))
        {
            lineNumber++;
            var f = QuotedCsv.Split(line);
            var notes = f[5];
            string? alternative = null;
            if (notes.StartsWith("DISPUTED", StringComparison.Ordinal))
            {
                const string Marker = "Alternative id: ";
                var at = notes.LastIndexOf(Marker, StringComparison.Ordinal);
                alternative = at >= 0 ? notes[(at + Marker.Length)..].Trim() : throw new InvalidOperationException($"helsefellesskap_membership.csv line {lineNumber}: disputed row without 'Alternative id'.");
            }
            rows.Add(TryRow($"helsefellesskap_membership.csv line {lineNumber}", f[0], f[2], f[3], f[4], alternative, notes, problems)
                ?? throw new InvalidOperationException(string.Join(" ", problems)));
        }
        return Create(rows).GetDirectoryOrThrow();
    }

    private static IReadOnlyList<Helsefellesskap> LoadHelsefellesskap()
    {
        var list = new List<Helsefellesskap>();
        foreach (var line in EmbeddedData.ReadLines("regions/helsefellesskap.csv"))
        {
            var f = QuotedCsv.Split(line);
            if (!RegionalHealthAuthorities.TryParse(f[3], out var rha))
            {
                throw new InvalidOperationException($"helsefellesskap.csv: unknown regional health authority '{f[3]}' for {f[0]}.");
            }
            list.Add(new Helsefellesskap(f[0], f[1], f[2], rha, f[6].StartsWith("name given in brief", StringComparison.Ordinal)));
        }
        return list;
    }

    private static IReadOnlyList<OsloDistrict> LoadOsloDistricts()
    {
        var list = new List<OsloDistrict>();
        foreach (var line in EmbeddedData.ReadLines("regions/oslo_bydel_catchment.csv"))
        {
            var f = QuotedCsv.Split(line);
            LocalDate? D(string t) => t.Length == 0 ? null : LocalDatePattern.Iso.Parse(t).GetValueOrThrow();
            list.Add(new OsloDistrict(f[0], f[1], f[4], f[2], D(f[5]), D(f[6]), f[7]));
        }
        return list;
    }
}
