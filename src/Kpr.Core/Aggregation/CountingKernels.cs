namespace Kpr.Core.Aggregation;

/// <summary>
/// The two counting kernels. Both run over persons in contiguous chunks, one private cube per worker, merged at the
/// end (the <see cref="Cube"/> merge is associative and commutative, so the split does not matter).
/// </summary>
internal static class CountingKernels
{
    private const int ChunkPersons = 8192;

    /// <summary>
    /// Distinct persons with at least one qualifying episode overlapping <c>[fromDay, toDay]</c>, per cell.
    /// Service axes (code-based) filter and may place a person in several cells, each once; person axes are
    /// evaluated once per person for <paramref name="year"/> and attributes come from the qualifying episode with the
    /// latest start.
    /// </summary>
    public static Cube CountPersons(
        CountingView view, int fromDay, int toDay, int year, IReadOnlyList<AxisBinding> bindings, bool[] codeFilter, int parallelism)
    {
        var plan = new CountingPlan(bindings);
        plan.PrepareYears(view, year, year);
        var total = new long[plan.CellCount];
        long unclassified = 0;
        var gate = new object();
        var chunks = (view.PersonCount + ChunkPersons - 1) / ChunkPersons;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => new CountingWorker(plan),
            (chunk, _, w) =>
            {
                var first = chunk * ChunkPersons;
                var last = Math.Min(view.PersonCount, first + ChunkPersons);
                CountPersonsRange(view, fromDay, toDay, year, plan, codeFilter, w, first, last);
                return w;
            },
            w =>
            {
                lock (gate)
                {
                    Cube.AddInto(total, w.Cells);
                    unclassified += w.Unclassified;
                }
            });
        plan.FillPersonMargins(total, serviceAxesCounted: true);
        return new Cube(CountKind.DistinctPersons, plan.Axes, total, unclassified);
    }

    /// <summary>
    /// Services with a start date in <c>[fromDay, toDay]</c>, per cell; person axes are evaluated for the year of the
    /// start, attributes from the episode itself. Every margin is a sum.
    /// </summary>
    public static Cube CountStarts(
        CountingView view, int fromDay, int toDay, IReadOnlyList<AxisBinding> bindings, bool[] codeFilter, int parallelism)
    {
        var plan = new CountingPlan(bindings);
        var calendar = new CountingCalendar(fromDay, toDay);
        plan.PrepareYears(view, calendar.FirstYear, calendar.FirstYear + calendar.YearCount - 1);
        var total = new long[plan.CellCount];
        long unclassified = 0;
        var gate = new object();
        var chunks = (view.PersonCount + ChunkPersons - 1) / ChunkPersons;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => new CountingWorker(plan),
            (chunk, _, w) =>
            {
                var first = chunk * ChunkPersons;
                var last = Math.Min(view.PersonCount, first + ChunkPersons);
                CountStartsRange(view, fromDay, toDay, calendar, plan, codeFilter, w, first, last);
                return w;
            },
            w =>
            {
                lock (gate)
                {
                    Cube.AddInto(total, w.Cells);
                    unclassified += w.Unclassified;
                }
            });
        plan.FillPersonMargins(total, serviceAxesCounted: false);
        return new Cube(CountKind.Services, plan.Axes, total, unclassified);
    }

    private static void CountPersonsRange(
        CountingView v, int fromDay, int toDay, int year, CountingPlan plan, bool[] codeFilter,
        CountingWorker w, int firstPerson, int lastPerson)
    {
        var start = v.Start;
        var end = v.End;
        var code = v.Code;
        var personStart = v.PersonStart;
        var codeOk = plan.CodeQualifies;
        var masks = plan.ServiceMasks;
        var codeFull = plan.CodeFullOffsets;
        var codeCompact = plan.CodeCompactOffsets;
        var stamps = w.Stamps;
        var cells = w.Cells;
        var qualifying = w.Buffer;
        for (var p = firstPerson; p < lastPerson; p++)
        {
            if (v.DeathDay[p] < fromDay)
            {
                continue;
            }
            var e0 = personStart[p];
            var e1 = personStart[p + 1];
            var nq = 0;
            var best = -1;
            var bestStart = int.MinValue;
            for (var e = e0; e < e1; e++)
            {
                var s = start[e];
                if (s > toDay || end[e] < fromDay)
                {
                    continue;
                }
                var c = code[e];
                if (!codeFilter[c] || !codeOk[c])
                {
                    continue;
                }
                if (nq == qualifying.Length)
                {
                    Array.Resize(ref qualifying, nq * 2);
                    w.Buffer = qualifying;
                }
                qualifying[nq++] = c;
                if (s >= bestStart)
                {
                    bestStart = s;
                    best = e;
                }
            }
            if (nq == 0)
            {
                continue;
            }
            var personOffset = plan.Offset(v, p, best, year, -1, plan.HasResidence ? plan.ResidenceOf(v, p, 0) : -1);
            if (personOffset < 0)
            {
                w.Unclassified++;
                continue;
            }
            var stamp = p + 1;
            for (var q = 0; q < nq; q++)
            {
                var row = qualifying[q] * masks;
                for (var m = 0; m < masks; m++)
                {
                    var compact = codeCompact[row + m];
                    if (stamps[compact] != stamp)
                    {
                        stamps[compact] = stamp;
                        cells[personOffset + codeFull[row + m]]++;
                    }
                }
            }
        }
    }

    private static void CountStartsRange(
        CountingView v, int fromDay, int toDay, CountingCalendar calendar, CountingPlan plan, bool[] codeFilter, CountingWorker w, int firstPerson, int lastPerson)
    {
        var start = v.Start;
        var code = v.Code;
        var personStart = v.PersonStart;
        var codeOk = plan.CodeQualifies;
        var codeFull = plan.CodeFullOffsets;
        var masks = plan.ServiceMasks;
        var cells = w.Cells;
        if (plan.MonthOnly)
        {
            CountStartsByMonth(v, fromDay, toDay, calendar, plan, codeFilter, w, personStart[firstPerson], personStart[lastPerson]);
            return;
        }
        if (plan.CanCountStartsFlat)
        {
            CountStartsByPersonAxes(v, fromDay, toDay, calendar, plan, codeFilter, w, firstPerson, lastPerson);
            return;
        }
        var residenceCache = w.ResidenceCache(calendar.YearCount);
        var hasResidence = plan.HasResidence;
        for (var p = firstPerson; p < lastPerson; p++)
        {
            var e0 = personStart[p];
            var e1 = personStart[p + 1];
            var cacheValid = false;
            for (var e = e0; e < e1; e++)
            {
                var s = start[e];
                if (s < fromDay || s > toDay)
                {
                    continue;
                }
                var c = code[e];
                if (!codeFilter[c] || !codeOk[c])
                {
                    continue;
                }
                if (!cacheValid)
                {
                    Array.Fill(residenceCache, int.MinValue);
                    cacheValid = true;
                }
                var dayIndex = s - fromDay;
                var yearIndex = calendar.YearIndex[dayIndex];
                var residence = -1;
                if (hasResidence)
                {
                    residence = residenceCache[yearIndex];
                    if (residence == int.MinValue)
                    {
                        residence = residenceCache[yearIndex] = plan.ResidenceOf(v, p, yearIndex);
                    }
                }
                var offset = plan.Offset(v, p, e, calendar.FirstYear + yearIndex, calendar.MonthIndex[dayIndex], residence);
                if (offset < 0)
                {
                    w.Unclassified++;
                    continue;
                }
                // masks * code + 0 is the full cell (no service axis at its margin).
                cells[offset + codeFull[c * masks]]++;
            }
        }
    }

    /// <summary>
    /// The common case with no person axis but the month: no per-person state is needed, so one flat pass over the
    /// episodes (start in the window, code selected) does it.
    /// </summary>
    private static void CountStartsByMonth(
        CountingView v, int fromDay, int toDay, CountingCalendar calendar, CountingPlan plan, bool[] codeFilter, CountingWorker w, int firstEpisode, int lastEpisode)
    {
        var start = v.Start;
        var code = v.Code;
        var ok = new bool[256];
        for (var c = 0; c < 256; c++)
        {
            ok[c] = codeFilter[c] && plan.CodeQualifies[c];
        }
        var codeFull = plan.CodeFullOffsets;
        var masks = plan.ServiceMasks;
        var cells = w.Cells;
        var monthMap = plan.MonthMap;
        var monthStride = plan.MonthStride;
        var monthIndex = calendar.MonthIndex;
        var span = (uint)(toDay - fromDay);
        long unclassified = 0;
        for (var e = firstEpisode; e < lastEpisode; e++)
        {
            var d = start[e] - fromDay;
            if ((uint)d > span)
            {
                continue;
            }
            var c = code[e];
            if (!ok[c])
            {
                continue;
            }
            var offset = codeFull[c * masks];
            if (monthMap is not null)
            {
                var mi = monthIndex[d];
                var idx = mi < monthMap.Length ? monthMap[mi] : -1;
                if (idx < 0)
                {
                    unclassified++;
                    continue;
                }
                offset += idx * monthStride;
            }
            cells[offset]++;
        }
        w.Unclassified += unclassified;
    }

    /// <summary>
    /// Starts when residence tables are available (or no axis reads the residence): person values are plain array
    /// lookups, so the loop needs no per-person state.
    /// </summary>
    private static void CountStartsByPersonAxes(
        CountingView v, int fromDay, int toDay, CountingCalendar calendar, CountingPlan plan, bool[] codeFilter, CountingWorker w, int firstPerson, int lastPerson)
    {
        var start = v.Start;
        var code = v.Code;
        var personStart = v.PersonStart;
        var ok = new bool[256];
        for (var c = 0; c < 256; c++)
        {
            ok[c] = codeFilter[c] && plan.CodeQualifies[c];
        }
        var codeFull = plan.CodeFullOffsets;
        var masks = plan.ServiceMasks;
        var cells = w.Cells;
        var monthIndex = calendar.MonthIndex;
        var yearIndex = calendar.YearIndex;
        var firstYear = calendar.FirstYear;
        var residenceTables = plan.HasResidence ? plan.ResidenceTables : null;
        var span = (uint)(toDay - fromDay);
        long unclassified = 0;
        for (var p = firstPerson; p < lastPerson; p++)
        {
            var e1 = personStart[p + 1];
            for (var e = personStart[p]; e < e1; e++)
            {
                var d = start[e] - fromDay;
                if ((uint)d > span)
                {
                    continue;
                }
                var c = code[e];
                if (!ok[c])
                {
                    continue;
                }
                var yi = yearIndex[d];
                var residence = residenceTables is null ? -1 : residenceTables[yi]![p] - 1;
                var personOffset = plan.Offset(v, p, e, firstYear + yi, monthIndex[d], residence);
                var placed = personOffset >= 0;
                if (placed)
                {
                    cells[personOffset + codeFull[c * masks]]++;
                }
                else
                {
                    unclassified++;
                }
            }
        }
        w.Unclassified += unclassified;
    }
}
