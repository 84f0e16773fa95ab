using System.Collections.Immutable;

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
        var plan = new Plan(bindings);
        plan.PrepareYears(view, year, year);
        var yearFirst = CountingView.DayNumber(year, 1, 1);
        var yearLast = CountingView.DayNumber(year, 12, 31);
        var total = new long[plan.CellCount];
        long unclassified = 0;
        var gate = new object();
        var chunks = (view.PersonCount + ChunkPersons - 1) / ChunkPersons;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => new Worker(plan),
            (chunk, _, w) =>
            {
                var first = chunk * ChunkPersons;
                var last = Math.Min(view.PersonCount, first + ChunkPersons);
                CountPersonsRange(view, fromDay, toDay, year, yearFirst, yearLast, plan, codeFilter, w, first, last);
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
        var plan = new Plan(bindings);
        var calendar = new Calendar(fromDay, toDay);
        plan.PrepareYears(view, calendar.FirstYear, calendar.FirstYear + calendar.YearCount - 1);
        var total = new long[plan.CellCount];
        long unclassified = 0;
        var gate = new object();
        var chunks = (view.PersonCount + ChunkPersons - 1) / ChunkPersons;
        Parallel.For(
            0,
            chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => new Worker(plan),
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
        CountingView v, int fromDay, int toDay, int year, int yearFirst, int yearLast, Plan plan, bool[] codeFilter,
        Worker w, int firstPerson, int lastPerson)
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
            var personOffset = plan.PersonOffset(v, p, year, yearFirst, yearLast, best);
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
        CountingView v, int fromDay, int toDay, Calendar calendar, Plan plan, bool[] codeFilter, Worker w, int firstPerson, int lastPerson)
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
                var offset = plan.StartOffset(v, p, e, calendar.FirstYear + yearIndex, yearIndex, calendar.MonthIndex[dayIndex], residenceCache);
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
        CountingView v, int fromDay, int toDay, Calendar calendar, Plan plan, bool[] codeFilter, Worker w, int firstEpisode, int lastEpisode)
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
    /// Starts with month, residence, age and sex axes when residence tables are available: person values are plain
    /// array lookups, so the loop needs no per-person state.
    /// </summary>
    private static void CountStartsByPersonAxes(
        CountingView v, int fromDay, int toDay, Calendar calendar, Plan plan, bool[] codeFilter, Worker w, int firstPerson, int lastPerson)
    {
        var start = v.Start;
        var code = v.Code;
        var personStart = v.PersonStart;
        var birth = v.BirthYear;
        var sexes = v.Sex;
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
        var (kinds, maps, strides, mapStrides) = plan.PersonAxisArrays();
        var residence = plan.ResidenceTables;
        var n = kinds.Length;
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
                var offset = codeFull[c * masks];
                var placed = true;
                for (var k = 0; k < n && placed; k++)
                {
                    var map = maps[k];
                    int idx;
                    switch (kinds[k])
                    {
                        case AxisSource.Month:
                            var mi = monthIndex[d];
                            idx = mi < map.Length ? map[mi] : -1;
                            break;
                        case AxisSource.Residence:
                            var m = residence[yi]![p] - 1;
                            idx = m < 0 ? -1 : map[(yi * mapStrides[k]) + m];
                            break;
                        case AxisSource.Age:
                            var age = firstYear + yi - birth[p];
                            idx = age < 0 ? -1 : map[Math.Min(age, map.Length - 1)];
                            break;
                        default:
                            idx = map[sexes[p]];
                            break;
                    }
                    placed = idx >= 0;
                    offset += idx * strides[k];
                }
                if (placed)
                {
                    cells[offset]++;
                }
                else
                {
                    unclassified++;
                }
            }
        }
        w.Unclassified += unclassified;
    }

    /// <summary>Day → year index and month index (months counted from January of the first year).</summary>
    private sealed class Calendar
    {
        public Calendar(int fromDay, int toDay)
        {
            var from = DateOnly.FromDayNumber(fromDay);
            FirstYear = from.Year;
            YearCount = DateOnly.FromDayNumber(toDay).Year - FirstYear + 1;
            var n = toDay - fromDay + 1;
            YearIndex = new byte[Math.Max(n, 0)];
            MonthIndex = new short[Math.Max(n, 0)];
            for (var i = 0; i < n; i++)
            {
                var d = DateOnly.FromDayNumber(fromDay + i);
                YearIndex[i] = (byte)(d.Year - FirstYear);
                MonthIndex[i] = (short)(((d.Year - FirstYear) * 12) + d.Month - 1);
            }
        }

        public int FirstYear { get; }
        public int YearCount { get; }
        public byte[] YearIndex { get; }
        public short[] MonthIndex { get; }
    }

    private sealed class Worker
    {
        private int[]? _residence;

        public Worker(Plan plan)
        {
            Cells = new long[plan.CellCount];
            Stamps = new int[plan.CompactCount];
        }

        public long[] Cells { get; }
        public int[] Stamps { get; }
        public int[] Buffer { get; set; } = new int[64];
        public long Unclassified { get; set; }

        public int[] ResidenceCache(int years) => _residence ??= new int[years];
    }

    /// <summary>Precomputed offsets: what a code contributes on the service axes under each margin mask.</summary>
    private sealed class Plan
    {
        private readonly AxisBinding[] _bindings;
        private readonly int[] _strides;
        private readonly int[] _personAxes;

        private bool[]?[] _validByYear = [null];
        private ushort[]?[] _residenceByYear = [null];
        private int[] _yearFirst = [0];
        private int[] _yearLast = [0];

        /// <summary>Prepares residence for the years counted (validity tables fetched once, not per person).</summary>
        public void PrepareYears(CountingView view, int firstYear, int lastYear)
        {
            var n = lastYear - firstYear + 1;
            var residence = _bindings.Any(b => b.Source == AxisSource.Residence);
            _validByYear = new bool[]?[n];
            _residenceByYear = new ushort[]?[n];
            _yearFirst = new int[n];
            _yearLast = new int[n];
            for (var i = 0; i < n; i++)
            {
                _validByYear[i] = residence ? view.ValidInYear(firstYear + i) : null;
                _residenceByYear[i] = residence ? view.ResidenceTable(firstYear + i) : null;
                _yearFirst[i] = CountingView.DayNumber(firstYear + i, 1, 1);
                _yearLast[i] = CountingView.DayNumber(firstYear + i, 12, 31);
            }
        }

        public Plan(IReadOnlyList<AxisBinding> bindings)
        {
            _bindings = [.. bindings];
            Axes = [.. bindings.Select(b => b.Axis)];
            _strides = Cube.StridesOf(Axes);
            CellCount = Cube.CellCount(Axes);
            var service = Enumerable.Range(0, _bindings.Length).Where(i => _bindings[i].IsServiceAxis).ToArray();
            _personAxes = Enumerable.Range(0, _bindings.Length).Where(i => !_bindings[i].IsServiceAxis).ToArray();
            ServiceMasks = 1 << service.Length;
            var compactStrides = new int[service.Length];
            var cs = 1;
            for (var k = service.Length - 1; k >= 0; k--)
            {
                compactStrides[k] = cs;
                cs *= _bindings[service[k]].Axis.Count + 1;
            }
            CompactCount = cs;
            CodeQualifies = new bool[256];
            CodeFullOffsets = new int[256 * ServiceMasks];
            CodeCompactOffsets = new int[256 * ServiceMasks];
            for (var c = 0; c < 256; c++)
            {
                var ok = true;
                foreach (var k in service)
                {
                    var map = _bindings[k].Map;
                    ok &= c < map.Length && map[c] >= 0;
                }
                CodeQualifies[c] = ok;
                if (!ok)
                {
                    continue;
                }
                for (var m = 0; m < ServiceMasks; m++)
                {
                    int full = 0, compact = 0;
                    for (var k = 0; k < service.Length; k++)
                    {
                        var axis = _bindings[service[k]];
                        var idx = (m & (1 << k)) != 0 ? axis.Axis.TotalIndex : axis.Map[c];
                        full += idx * _strides[service[k]];
                        compact += idx * compactStrides[k];
                    }
                    CodeFullOffsets[(c * ServiceMasks) + m] = full;
                    CodeCompactOffsets[(c * ServiceMasks) + m] = compact;
                }
            }
        }

        public ImmutableArray<CubeAxis> Axes { get; }

        /// <summary>Whether the only non-service axis (if any) is the month.</summary>
        public bool MonthOnly => _personAxes.All(k => _bindings[k].Source == AxisSource.Month);

        /// <summary>Whether the starts can be counted with <see cref="CountStartsByPersonAxes"/>: person axes are month,
        /// residence (with residence tables), age and sex only.</summary>
        public bool CanCountStartsFlat =>
            _personAxes.All(k => _bindings[k].Source is AxisSource.Month or AxisSource.Residence or AxisSource.Age or AxisSource.Sex)
            && (!_personAxes.Any(k => _bindings[k].Source == AxisSource.Residence) || _residenceByYear.All(t => t is not null));

        public ushort[]?[] ResidenceTables => _residenceByYear;

        public (AxisSource[] Kinds, int[][] Maps, int[] Strides, int[] MapStrides) PersonAxisArrays() =>
            ([.. _personAxes.Select(k => _bindings[k].Source)], [.. _personAxes.Select(k => _bindings[k].Map)],
             [.. _personAxes.Select(k => _strides[k])], [.. _personAxes.Select(k => _bindings[k].Stride)]);

        public int[]? MonthMap => _personAxes.Length == 1 ? _bindings[_personAxes[0]].Map : null;

        public int MonthStride => _personAxes.Length == 1 ? _strides[_personAxes[0]] : 0;

        public int CellCount { get; }
        public int CompactCount { get; }
        public int ServiceMasks { get; }
        public bool[] CodeQualifies { get; }
        public int[] CodeFullOffsets { get; }
        public int[] CodeCompactOffsets { get; }

        /// <summary>Offset of the person axes for a recipient, or -1 when a value has no place on its axis.</summary>
        public int PersonOffset(CountingView v, int p, int year, int yearFirst, int yearLast, int attributeEpisode)
        {
            var offset = 0;
            var residence = int.MinValue;
            foreach (var k in _personAxes)
            {
                var b = _bindings[k];
                int idx;
                switch (b.Source)
                {
                    case AxisSource.Age: idx = b.MapAge(year - v.BirthYear[p]); break;
                    case AxisSource.Sex: idx = b.Map[v.Sex[p]]; break;
                    case AxisSource.Residence:
                        if (residence == int.MinValue)
                        {
                            residence = _residenceByYear[0] is { } table ? table[p] - 1 : v.Residence(p, yearFirst, yearLast, _validByYear[0]);
                        }
                        idx = b.MapResidence(year, residence);
                        break;
                    case AxisSource.Bistandsbehov: idx = b.Map[CountingView.Bistand(v.Attributes[attributeEpisode])]; break;
                    case AxisSource.Coordinator: idx = b.Map[CountingView.CoordinatorBits(v.Attributes[attributeEpisode])]; break;
                    case AxisSource.IndividualPlan: idx = b.Map[CountingView.PlanBits(v.Attributes[attributeEpisode])]; break;
                    default: throw new InvalidOperationException($"Axis '{b.Axis.Name}' cannot be used when counting persons.");
                }
                if (idx < 0)
                {
                    return -1;
                }
                offset += idx * _strides[k];
            }
            return offset;
        }

        /// <summary>Offset of the non-service axes for one start, or -1 when a value has no place on its axis.</summary>
        public int StartOffset(CountingView v, int p, int e, int year, int yearIndex, int monthIndex, int[] residenceCache)
        {
            var offset = 0;
            foreach (var k in _personAxes)
            {
                var b = _bindings[k];
                int idx;
                switch (b.Source)
                {
                    case AxisSource.Month: idx = monthIndex < b.Map.Length ? b.Map[monthIndex] : -1; break;
                    case AxisSource.Age: idx = b.MapAge(year - v.BirthYear[p]); break;
                    case AxisSource.Sex: idx = b.Map[v.Sex[p]]; break;
                    case AxisSource.Residence:
                        var r = residenceCache[yearIndex];
                        if (r == int.MinValue)
                        {
                            r = _residenceByYear[yearIndex] is { } table ? table[p] - 1 : v.Residence(p, _yearFirst[yearIndex], _yearLast[yearIndex], _validByYear[yearIndex]);
                            residenceCache[yearIndex] = r;
                        }
                        idx = b.MapResidence(year, r);
                        break;
                    case AxisSource.Bistandsbehov: idx = b.Map[CountingView.Bistand(v.Attributes[e])]; break;
                    case AxisSource.Coordinator: idx = b.Map[CountingView.CoordinatorBits(v.Attributes[e])]; break;
                    case AxisSource.IndividualPlan: idx = b.Map[CountingView.PlanBits(v.Attributes[e])]; break;
                    default: throw new InvalidOperationException($"Axis '{b.Axis.Name}' is not a person axis.");
                }
                if (idx < 0)
                {
                    return -1;
                }
                offset += idx * _strides[k];
            }
            return offset;
        }

        /// <summary>
        /// Fills the margins that are sums: the person axes always (each person or service has one value there), and
        /// the service axes too when counting services. Axis by axis, so margins of margins come out right.
        /// </summary>
        public void FillPersonMargins(long[] cells, bool serviceAxesCounted)
        {
            for (var k = 0; k < _bindings.Length; k++)
            {
                if (serviceAxesCounted && _bindings[k].IsServiceAxis)
                {
                    continue;
                }
                var n = _bindings[k].Axis.Count;
                var stride = _strides[k];
                var block = stride * (n + 1);
                for (var outer = 0; outer < cells.Length; outer += block)
                {
                    for (var inner = 0; inner < stride; inner++)
                    {
                        long sum = 0;
                        var baseOffset = outer + inner;
                        for (var i = 0; i < n; i++)
                        {
                            sum += cells[baseOffset + (i * stride)];
                        }
                        cells[baseOffset + (n * stride)] = sum;
                    }
                }
            }
        }
    }
}
