using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>
/// A deliberately plain LINQ implementation of the counting rules, written from the definitions and not from the
/// kernels: every person's set of cells (margins included) is built explicitly and counted.
/// </summary>
internal static class LinqReference
{
    public static long[] Persons(IEnumerable<ViewEpisode> input, DateOnly from, DateOnly to, int year, IReadOnlyList<AxisBinding> axes, Func<int, bool> codeFilter, out long unclassified)
    {
        var cells = new long[Cube.CellCount(axes.Select(a => a.Axis).ToList())];
        var strides = Cube.StridesOf(axes.Select(a => a.Axis).ToList());
        long lost = 0;
        var yearFirst = new DateOnly(year, 1, 1);
        var yearLast = new DateOnly(year, 12, 31);
        foreach (var person in Dedup(input).GroupBy(e => e.Person))
        {
            var episodes = person.OrderBy(e => e, Comparer<ViewEpisode>.Create(CountingViewBuilder.Compare)).ToList();
            var first = episodes[0];
            if (first.Death is { } death && death < from)
            {
                continue;
            }
            var qualifying = episodes
                .Where(e => e.Start <= to && (e.End is null || e.End >= from) && codeFilter(e.Code))
                .Where(e => axes.Where(a => a.Source == AxisSource.Code).All(a => e.Code < a.Map.Length && a.Map[e.Code] >= 0))
                .ToList();
            if (qualifying.Count == 0)
            {
                continue;
            }
            var attr = qualifying.Last(e => e.Start == qualifying.Max(q => q.Start));
            var resEpisode = episodes.Where(e => e.Start <= yearLast && (e.End is null || e.End >= yearFirst)).ToList();
            var residence = resEpisode.Count == 0 ? null : LastRegistration(resEpisode);
            var keys = new HashSet<int>();
            var ok = true;
            foreach (var e in qualifying)
            {
                var idx = new int[axes.Count];
                for (var d = 0; d < axes.Count && ok; d++)
                {
                    idx[d] = PersonValue(axes[d], e, attr, year, residence);
                    ok = idx[d] >= 0;
                }
                if (!ok)
                {
                    break;
                }
                AddAllMargins(idx, axes, strides, keys);
            }
            if (!ok)
            {
                lost++;
                continue;
            }
            foreach (var k in keys)
            {
                cells[k]++;
            }
        }
        unclassified = lost;
        return cells;
    }

    public static long[] Starts(IEnumerable<ViewEpisode> input, DateOnly from, DateOnly to, IReadOnlyList<AxisBinding> axes, Func<int, bool> codeFilter, out long unclassified)
    {
        var cells = new long[Cube.CellCount(axes.Select(a => a.Axis).ToList())];
        var strides = Cube.StridesOf(axes.Select(a => a.Axis).ToList());
        long lost = 0;
        foreach (var person in Dedup(input).GroupBy(e => e.Person))
        {
            var episodes = person.OrderBy(e => e, Comparer<ViewEpisode>.Create(CountingViewBuilder.Compare)).ToList();
            foreach (var e in episodes.Where(e => e.Start >= from && e.Start <= to && codeFilter(e.Code)))
            {
                if (axes.Any(a => a.Source == AxisSource.Code && (e.Code >= a.Map.Length || a.Map[e.Code] < 0)))
                {
                    continue;
                }
                var year = e.Start.Year;
                var yf = new DateOnly(year, 1, 1);
                var yl = new DateOnly(year, 12, 31);
                var res = episodes.Where(x => x.Start <= yl && (x.End is null || x.End >= yf)).ToList();
                var residence = LastRegistration(res);
                var idx = new int[axes.Count];
                var ok = true;
                for (var d = 0; d < axes.Count && ok; d++)
                {
                    idx[d] = axes[d].Source == AxisSource.Month
                        ? MonthValue(axes[d], from, e.Start)
                        : PersonValue(axes[d], e, e, year, residence);
                    ok = idx[d] >= 0;
                }
                if (!ok)
                {
                    lost++;
                    continue;
                }
                var keys = new HashSet<int>();
                AddAllMargins(idx, axes, strides, keys);
                foreach (var k in keys)
                {
                    cells[k]++;
                }
            }
        }
        unclassified = lost;
        return cells;
    }

    /// <summary>The last registration of the year: latest start, then latest end, then highest municipality code.</summary>
    private static string LastRegistration(List<ViewEpisode> overlapping) =>
        overlapping.OrderBy(e => e.Start).ThenBy(e => e.End ?? DateOnly.MaxValue).ThenBy(e => e.Municipality, StringComparer.Ordinal).Last().Municipality;

    private static IEnumerable<ViewEpisode> Dedup(IEnumerable<ViewEpisode> input) =>
        input.GroupBy(e => (e.Person, e.Code, e.Start, e.End, e.Hours))
             .Select(g => g.OrderBy(e => e, Comparer<ViewEpisode>.Create(CountingViewBuilder.Compare)).First());

    private static int MonthValue(AxisBinding axis, DateOnly from, DateOnly start)
    {
        var m = ((start.Year - from.Year) * 12) + start.Month - 1;
        return m < axis.Map.Length ? axis.Map[m] : -1;
    }

    private static int PersonValue(AxisBinding axis, ViewEpisode e, ViewEpisode attr, int year, string? residence) => axis.Source switch
    {
        AxisSource.Code => axis.Map[e.Code],
        AxisSource.Age => year - e.BirthYear < 0 ? -1 : axis.Map[Math.Min(year - e.BirthYear, axis.Map.Length - 1)],
        AxisSource.Sex => axis.Map[e.Sex],
        AxisSource.Bistandsbehov => axis.Map[attr.Bistandsbehov],
        AxisSource.Coordinator => axis.Map[Tri(attr.Coordinator)],
        AxisSource.IndividualPlan => axis.Map[Tri(attr.IndividualPlan)],
        AxisSource.Residence => residence is null ? -1 : ResidenceValue(axis, year, residence),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Test residence axes place municipalities by <see cref="TestAxes.RegionOf"/>.</summary>
    private static int ResidenceValue(AxisBinding axis, int year, string municipality) =>
        axis.Axis.IndexOf(TestAxes.RegionOf(municipality, year) ?? "-");

    private static int Tri(bool? value) => value switch { null => 0, false => 1, true => 2 };

    private static void AddAllMargins(int[] idx, IReadOnlyList<AxisBinding> axes, int[] strides, HashSet<int> keys)
    {
        for (var mask = 0; mask < 1 << axes.Count; mask++)
        {
            var offset = 0;
            for (var d = 0; d < axes.Count; d++)
            {
                offset += ((mask & (1 << d)) != 0 ? axes[d].Axis.TotalIndex : idx[d]) * strides[d];
            }
            keys.Add(offset);
        }
    }
}
