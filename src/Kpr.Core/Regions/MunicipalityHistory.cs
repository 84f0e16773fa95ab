using System.Collections.Frozen;
using System.Globalization;
using Kpr.Core.Data;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Regions;

/// <summary>
/// Every Norwegian municipality code valid at any time from 2017-12-31 to 2026-12-31, with its names by period and
/// the dated changes between codes (renumbering, merges, splits, renames) of the reforms of 2018, 2019, 2020 and 2024.
/// </summary>
/// <remarks>
/// <para>Source: SSB KLASS 131 (see docs/data-sources.md). Svalbard, Jan Mayen and 9999 "Uoppgitt" are not
/// municipalities and are not in the history.</para>
/// <para>Coverage: the structure is known from <see cref="CoverageStart"/> (2017-12-31, the day before the 2018
/// changes) to <see cref="CoverageEnd"/>. For earlier dates the answers describe the 2017-12-31 structure; codes that
/// ended before 2017-12-31 are unknown. Periods still open at the end of coverage are assumed to continue.</para>
/// <para>Codes change only on 1 January. Thread safety: immutable; <see cref="Default"/> loads once, lazily.</para>
/// </remarks>
public sealed partial class MunicipalityHistory
{
    private static readonly Lazy<MunicipalityHistory> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    // Dense index by numeric code: codes are 101..9999, so an array beats a hash map for the hot IsValidOn path.
    private readonly Municipality[]?[] _periodsByValue = new Municipality[]?[10000];
    private readonly FrozenDictionary<MunicipalityCode, MunicipalityChange[]> _changesFrom;
    private readonly FrozenDictionary<MunicipalityCode, MunicipalityChange[]> _changesTo;

    private MunicipalityHistory(IReadOnlyList<Municipality> periods, IReadOnlyList<MunicipalityChange> changes)
    {
        Periods = periods;
        Changes = changes;
        foreach (var group in periods.GroupBy(p => p.Code))
        {
            _periodsByValue[group.Key.Value] = group.OrderBy(p => p.ValidFrom ?? LocalDate.MinIsoValue).ToArray();
        }
        Codes = periods.Select(p => p.Code).Distinct().Order().ToArray();
        var structural = changes.Where(c => c.Kind != MunicipalityChangeKind.Rename).ToList();
        _changesFrom = structural.GroupBy(c => c.OldCode).ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Date).ThenBy(c => c.NewCode).ToArray());
        _changesTo = structural.GroupBy(c => c.NewCode).ToFrozenDictionary(g => g.Key, g => g.OrderBy(c => c.Date).ThenBy(c => c.OldCode).ToArray());
        ChangeDates = structural.Select(c => c.Date).Distinct().Order().ToArray();
    }

    /// <summary>The built-in history from the embedded SSB data (loaded on first use).</summary>
    public static MunicipalityHistory Default => LazyDefault.Value;

    /// <summary>First date whose structure the data describe completely (2017-12-31).</summary>
    public static LocalDate CoverageStart { get; } = new(2017, 12, 31);

    /// <summary>Last date the data were checked against SSB's lists (2026-12-31).</summary>
    public static LocalDate CoverageEnd { get; } = new(2026, 12, 31);

    /// <summary>Every (code, name, period) row, ordered by code then start.</summary>
    public IReadOnlyList<Municipality> Periods { get; }

    /// <summary>Every dated change, renames included, in date order.</summary>
    public IReadOnlyList<MunicipalityChange> Changes { get; }

    /// <summary>Every code that appears in the history, in numeric order.</summary>
    public IReadOnlyList<MunicipalityCode> Codes { get; }

    /// <summary>The dates on which codes changed (renumbering, merges, splits; renames excluded), in order.</summary>
    public IReadOnlyList<LocalDate> ChangeDates { get; }

    /// <summary>Whether the code appears anywhere in the history.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when known.</returns>
    public bool IsKnown(MunicipalityCode code) => _periodsByValue[code.Value] is not null;

    /// <summary>Whether <paramref name="code"/> denoted a municipality on <paramref name="date"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date (see the coverage remarks on the type).</param>
    /// <returns>True when valid.</returns>
    public bool IsValidOn(MunicipalityCode code, LocalDate date) => Find(code, date) is not null;

    /// <summary>The municipality (name period) a code denoted on a date, or null when the code was not valid then.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The period, or null.</returns>
    public Municipality? Find(MunicipalityCode code, LocalDate date)
    {
        var periods = _periodsByValue[code.Value];
        if (periods is null)
        {
            return null;
        }
        foreach (var period in periods)
        {
            if (period.IsValidOn(date))
            {
                return period;
            }
        }
        return null;
    }

    /// <summary>The municipality a code denoted on a date.</summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentException">The code was not valid on the date; the message says what it was and what it became.</exception>
    public Municipality Get(MunicipalityCode code, LocalDate date) =>
        Find(code, date) ?? throw new ArgumentException(DescribeInvalid(code, date), nameof(code));

    /// <summary>All name periods of a code, oldest first (empty when the code is unknown).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The periods.</returns>
    public IReadOnlyList<Municipality> PeriodsOf(MunicipalityCode code) => _periodsByValue[code.Value] ?? [];

    /// <summary>The latest name period of a code (the one in force when it ended or now), or null when unknown.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The period, or null.</returns>
    public Municipality? Latest(MunicipalityCode code) => _periodsByValue[code.Value] is { Length: > 0 } p ? p[^1] : null;

    /// <summary>The first day a code was valid, or null when it was valid before 2018 (start not in the data).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public LocalDate? ValidFrom(MunicipalityCode code) => Known(code)[0].ValidFrom;

    /// <summary>The last day a code was valid, or null when it is still valid.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The date, or null.</returns>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public LocalDate? ValidTo(MunicipalityCode code) => Known(code)[^1].ValidTo;

    /// <summary>The municipalities valid on a date, in code order (e.g. 422 on 2018-01-01, 356 on 2020-01-01, 357 on 2024-01-01).</summary>
    /// <param name="date">The date.</param>
    /// <returns>One period per valid code.</returns>
    public IReadOnlyList<Municipality> ValidOn(LocalDate date)
    {
        var result = new List<Municipality>(430);
        foreach (var code in Codes)
        {
            if (Find(code, date) is { } m)
            {
                result.Add(m);
            }
        }
        return result;
    }

    /// <summary>Where a code went: the structural changes (renumber, merge, split) with this code as the old code.
    /// Renames are left out (see <see cref="Changes"/>).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The changes in date order, empty when the code never changed.</returns>
    public IReadOnlyList<MunicipalityChange> SuccessorChanges(MunicipalityCode code) =>
        _changesFrom.TryGetValue(code, out var changes) ? changes : [];

    /// <summary>Where a code came from: the structural changes with this code as the new code (renames left out).
    /// A merged municipality that kept its code lists itself too (1103 Stavanger in 2020).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The changes in date order, empty when the code was never created by a change.</returns>
    public IReadOnlyList<MunicipalityChange> PredecessorChanges(MunicipalityCode code) =>
        _changesTo.TryGetValue(code, out var changes) ? changes : [];

    /// <summary>
    /// A one-line explanation of why a code is not valid on a date, naming what it was and what it became,
    /// e.g. <c>1201 Bergen ended 2019-12-31; became 4601 Bergen</c>. Returns null when the code is valid.
    /// </summary>
    /// <param name="code">The code.</param>
    /// <param name="date">The date.</param>
    /// <returns>The explanation, or null when valid.</returns>
    public string? ExplainInvalid(MunicipalityCode code, LocalDate date) =>
        IsValidOn(code, date) ? null : DescribeInvalid(code, date);

    private string DescribeInvalid(MunicipalityCode code, LocalDate date)
    {
        var periods = _periodsByValue[code.Value];
        if (periods is null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{code} is not a municipality code in SSB's lists for {CoverageStart:uuuu'-'MM'-'dd} to {CoverageEnd:uuuu'-'MM'-'dd}");
        }
        var first = periods[0];
        var last = periods[^1];
        if (first.ValidFrom is { } from && date < from)
        {
            var before = string.Join(", ", PredecessorChanges(code).Where(c => c.Date == from && c.OldCode != code).Select(c => Label(c.OldCode, from.PlusDays(-1))));
            return string.Create(CultureInfo.InvariantCulture, $"{code} {first.Name} began {from:uuuu'-'MM'-'dd}")
                + (before.Length > 0 ? "; before that: " + before : "");
        }
        var to = last.ValidTo ?? CoverageEnd;
        var next = to.PlusDays(1);
        var became = string.Join(", ", SuccessorChanges(code).Where(c => c.Date == next).Select(c => Label(c.NewCode, next)));
        return string.Create(CultureInfo.InvariantCulture, $"{code} {last.Name} ended {to:uuuu'-'MM'-'dd}")
            + (became.Length > 0 ? "; became " + became : "");
    }

    private string Label(MunicipalityCode code, LocalDate date) =>
        Find(code, date) is { } m ? m.ToString() : code.ToString();

    private Municipality[] Known(MunicipalityCode code) =>
        _periodsByValue[code.Value] ?? throw new ArgumentException($"{code} is not a known municipality code.", nameof(code));

    private static MunicipalityHistory LoadDefault()
    {
        var periods = new List<Municipality>();
        foreach (var file in new[] { "regions/municipalities_ended_2017-12-31.csv", "regions/municipalities.csv" })
        {
            var lineNumber = 1;
            foreach (var line in EmbeddedData.ReadLines(file))
            {
                lineNumber++;
                var f = line.Split(',');
                if (f.Length != 5)
                {
                    throw new InvalidOperationException($"{file} line {lineNumber}: expected 5 fields (code,name,valid_from,valid_to,alt_names), found {f.Length}.");
                }
                var alt = f[4].Length == 0 ? [] : f[4].Split("; ", StringSplitOptions.TrimEntries);
                periods.Add(new Municipality(MunicipalityCode.Parse(f[0]), f[1], ParseDate(f[2], file, lineNumber), ParseDate(f[3], file, lineNumber), alt));
            }
        }
        const string TerritoryFile = "regions/territory_lineage.csv";
        var territory = new Dictionary<(LocalDate, MunicipalityCode, MunicipalityCode), MunicipalityCode[]>();
        var t = 1;
        foreach (var line in EmbeddedData.ReadLines(TerritoryFile))
        {
            t++;
            var f = line.Split(',', 6);
            if (f.Length != 6)
            {
                throw new InvalidOperationException($"{TerritoryFile} line {t}: expected 6 fields (date,old_code,new_code,territory_codes,territory_date,source).");
            }
            territory[(ParseDate(f[0], TerritoryFile, t)!.Value, MunicipalityCode.Parse(f[1]), MunicipalityCode.Parse(f[2]))] =
                f[3].Split(';').Select(MunicipalityCode.Parse).Order().ToArray();
        }
        var changes = new List<MunicipalityChange>();
        var n = 1;
        foreach (var line in EmbeddedData.ReadLines("regions/municipality_changes.csv"))
        {
            n++;
            var f = line.Split(',');
            var kind = f[3] switch
            {
                "renumber" => MunicipalityChangeKind.Renumber,
                "merge" => MunicipalityChangeKind.Merge,
                "split" => MunicipalityChangeKind.Split,
                "rename" => MunicipalityChangeKind.Rename,
                _ => throw new InvalidOperationException($"regions/municipality_changes.csv line {n}: unknown kind '{f[3]}'."),
            };
            var date = ParseDate(f[0], "regions/municipality_changes.csv", n)!.Value;
            var (oldCode, newCode) = (MunicipalityCode.Parse(f[1]), MunicipalityCode.Parse(f[2]));
            changes.Add(new MunicipalityChange(date, oldCode, newCode, kind, territory.Remove((date, oldCode, newCode), out var covered) ? covered : null));
        }
        if (territory.Count > 0)
        {
            throw new InvalidOperationException($"{TerritoryFile}: {territory.Count} row(s) name no change in regions/municipality_changes.csv.");
        }
        return new MunicipalityHistory(
            periods.OrderBy(p => p.Code).ThenBy(p => p.ValidFrom ?? LocalDate.MinIsoValue).ToArray(),
            changes.OrderBy(c => c.Date).ThenBy(c => c.OldCode).ThenBy(c => c.NewCode).ToArray());
    }

    private static LocalDate? ParseDate(string text, string file, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new InvalidOperationException($"{file} line {line}: '{text}' is not an ISO date.");
    }
}
