using System.Collections.Frozen;
using System.Globalization;
using NodaTime;

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
    private static readonly Lazy<HelsefellesskapDirectory> LazyDefault = new(HelsefellesskapData.LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

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
        All = HelsefellesskapData.All;
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
    public IReadOnlyList<OsloDistrict> OsloDistricts => HelsefellesskapData.OsloDistricts;

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
        var problems = HelsefellesskapTableValidator.Validate(rows, history);
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
    public static HelsefellesskapTableResult ParseCsv(TextReader reader, string sourceName, MunicipalityHistory? history = null) =>
        HelsefellesskapTableParser.ParseCsv(reader, sourceName, history);

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
    public static HelsefellesskapTableResult ParseJson(string json, string sourceName, MunicipalityHistory? history = null) =>
        HelsefellesskapTableParser.ParseJson(json, sourceName, history);
}
