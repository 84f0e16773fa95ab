using System.Collections.Immutable;

namespace Kpr.Core.Aggregation;

/// <summary>Precomputed offsets: what a code contributes on the service axes under each margin mask.</summary>
internal sealed class CountingPlan
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

    public CountingPlan(IReadOnlyList<AxisBinding> bindings)
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

    /// <summary>Whether the starts can be counted with <see cref="CountingKernels"/>'s flat pass: person axes are month,
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
