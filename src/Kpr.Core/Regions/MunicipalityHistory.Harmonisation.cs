using NodaTime;

namespace Kpr.Core.Regions;

public sealed partial class MunicipalityHistory
{
    /// <summary>The first structure year that can be harmonised from or to (2017 = the structure on 2017-12-31).</summary>
    public const int FirstStructureYear = 2017;

    /// <summary>The last structure year the data cover (2026).</summary>
    public const int LastStructureYear = 2026;

    /// <summary>
    /// Maps a code of <paramref name="fromYear"/>'s structure to <paramref name="toYear"/>'s structure, forward
    /// (following renumberings, mergers and splits) or backward (to the predecessors).
    /// </summary>
    /// <remarks>
    /// <para>A year's structure is the set of codes valid on 31 December of that year (codes change only on 1 January,
    /// so this is also the set valid all year).</para>
    /// <para>Forward, renumberings and mergers give one code and a split gives several. Backward, a merger gives several
    /// (the predecessors) and a split gives one. The mapping is applied change date by change date.</para>
    /// <para>Harmonisation follows territory, not only the chain of codes: where a split re-created an earlier
    /// municipality with its old area (<see cref="MunicipalityChange.Territory"/>; in the data: 1507 Ålesund → 1508
    /// Ålesund and 1580 Haram in 2024), a code of that earlier area maps exactly: 1534 Haram (2019) → 1580 (2024),
    /// 1504 Ålesund (2019) → 1508, and back 1580 (2024) → 1534 (2019). A code that carries no such history (1507 in
    /// 2023) stays divided. Chains therefore compose only as far as the middle year keeps the territory: 2019 → 2024
    /// is never coarser than 2019 → 2023 → 2024, which may be ambiguous where the direct mapping is not.</para>
    /// </remarks>
    /// <param name="code">A code valid in <paramref name="fromYear"/>.</param>
    /// <param name="fromYear">The structure year of <paramref name="code"/>, 2017–2026.</param>
    /// <param name="toYear">The target structure year, 2017–2026.</param>
    /// <returns>The mapping; <see cref="MunicipalityMapping.IsAmbiguous"/> when the area is divided.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 2017–2026.</exception>
    /// <exception cref="ArgumentException">The code was not valid in <paramref name="fromYear"/>; the message says what it was and became.</exception>
    public MunicipalityMapping Harmonise(MunicipalityCode code, int fromYear, int toYear)
    {
        CheckStructureYear(fromYear);
        CheckStructureYear(toYear);
        var date = new LocalDate(fromYear, 12, 31);
        if (!IsValidOn(code, date))
        {
            throw new ArgumentException($"Cannot harmonise from {fromYear}: {DescribeInvalid(code, date)}.", nameof(code));
        }
        var current = new List<TerritoryTrack> { TerritoryTrack.Start(code) };
        var path = new List<MunicipalityChange>();
        foreach (var (stepDate, forward) in Steps(fromYear, toYear))
        {
            var next = new List<TerritoryTrack>();
            foreach (var track in current)
            {
                foreach (var (moved, edge) in Step(track, stepDate, forward))
                {
                    next.Add(moved);
                    if (edge is not null && edge.OldCode != edge.NewCode && !path.Contains(edge))
                    {
                        path.Add(edge);
                    }
                }
            }
            current = next;
        }
        var targets = current.Select(t => t.Code).Distinct().Order().ToArray();
        return new MunicipalityMapping(code, fromYear, toYear, targets, path);
    }

    /// <summary>The codes of one year's structure (valid on 31 December of <paramref name="year"/>), in code order.</summary>
    /// <param name="year">2017–2026.</param>
    /// <returns>The codes (426 for 2017, 422 for 2018–2019, 356 for 2020–2023, 357 from 2024).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year outside 2017–2026.</exception>
    public IReadOnlyList<MunicipalityCode> StructureOf(int year)
    {
        CheckStructureYear(year);
        return ValidOn(new LocalDate(year, 12, 31)).Select(m => m.Code).ToArray();
    }

    /// <summary>The change dates crossed going from one structure year to another, in the order to apply them,
    /// with the direction (true = forward).</summary>
    internal IEnumerable<(LocalDate Date, bool Forward)> Steps(int fromYear, int toYear)
    {
        if (toYear > fromYear)
        {
            return ChangeDates.Where(d => d.Year > fromYear && d.Year <= toYear).Select(d => (d, true));
        }
        return ChangeDates.Where(d => d.Year > toYear && d.Year <= fromYear).Reverse().Select(d => (d, false));
    }

    /// <summary>
    /// One change date crossed by one track of territory: where it goes (forward) or comes from (backward), with the
    /// edge crossed (null when the code was not touched). A split with <see cref="MunicipalityChange.Territory"/> sends a
    /// track whose earlier codes lie in that territory only to the matching new code; backward, the matching merger
    /// predecessors only.
    /// </summary>
    internal IReadOnlyList<(TerritoryTrack Track, MunicipalityChange? Edge)> Step(TerritoryTrack track, LocalDate date, bool forward)
    {
        var edges = StepEdges(track.Code, date, forward);
        if (edges.Count == 0)
        {
            return [(track, null)];
        }
        IReadOnlyList<MunicipalityChange> chosen = edges;
        var withinUsed = false;
        if (forward)
        {
            var byTerritory = edges.Where(e => e.Territory.Count > 0 && e.Territory.Any(track.Lineage.Contains)).ToArray();
            if (byTerritory.Length > 0)
            {
                chosen = byTerritory;
            }
        }
        else if (track.Within is { } within)
        {
            var inside = edges.Where(e => within.Contains(e.OldCode)).ToArray();
            if (inside.Length > 0)
            {
                chosen = inside;
                withinUsed = true;
            }
        }
        return chosen.Select(e => (track.Cross(e, forward, withinUsed), (MunicipalityChange?)e)).ToArray();
    }

    /// <summary>The structural edges of one code at one change date: forward, where it went; backward, where it came from.
    /// Empty when the code was not touched on that date.</summary>
    internal IReadOnlyList<MunicipalityChange> StepEdges(MunicipalityCode code, LocalDate date, bool forward)
    {
        var all = forward ? SuccessorChanges(code) : PredecessorChanges(code);
        var result = new List<MunicipalityChange>(2);
        foreach (var change in all)
        {
            if (change.Date == date)
            {
                result.Add(change);
            }
        }
        return result;
    }

    private static void CheckStructureYear(int year, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(year))] string? name = null)
    {
        if (year is < FirstStructureYear or > LastStructureYear)
        {
            throw new ArgumentOutOfRangeException(name, year, $"Structure years run from {FirstStructureYear} to {LastStructureYear}.");
        }
    }
}
