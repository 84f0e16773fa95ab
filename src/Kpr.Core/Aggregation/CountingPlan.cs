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

    /// <summary>Whether the starts can be counted with <see cref="CountingKernels"/>'s flat pass: residence, if read,
    /// comes from the register's residence tables, so no per-person state is needed.</summary>
    public bool CanCountStartsFlat => !HasResidence || _residenceByYear.All(t => t is not null);

    public ushort[]?[] ResidenceTables => _residenceByYear;

    public int[]? MonthMap => _personAxes.Length == 1 ? _bindings[_personAxes[0]].Map : null;

    public int MonthStride => _personAxes.Length == 1 ? _strides[_personAxes[0]] : 0;

    public int CellCount { get; }
    public int CompactCount { get; }
    public int ServiceMasks { get; }
    public bool[] CodeQualifies { get; }
    public int[] CodeFullOffsets { get; }
    public int[] CodeCompactOffsets { get; }

    /// <summary>Whether a person axis reads the residence.</summary>
    public bool HasResidence => _personAxes.Any(k => _bindings[k].Source == AxisSource.Residence);

    /// <summary>The residence municipality index of person <paramref name="p"/> in the year at <paramref name="yearIndex"/>
    /// (-1 when none): from the register's residence table when it has one, else computed by the one residence rule.</summary>
    public int ResidenceOf(CountingView v, int p, int yearIndex) =>
        _residenceByYear[yearIndex] is { } table ? table[p] - 1 : v.Residence(p, _yearFirst[yearIndex], _yearLast[yearIndex], _validByYear[yearIndex]);

    /// <summary>Offset of the person axes for one person and episode, or -1 when a value has no place on its axis.
    /// Every axis is read through <see cref="AxisBinding.IndexFor"/>.</summary>
    public int Offset(CountingView v, int p, int e, int year, int monthIndex, int residence)
    {
        var offset = 0;
        foreach (var k in _personAxes)
        {
            var idx = _bindings[k].IndexFor(v, p, e, year, monthIndex, residence);
            if (idx < 0)
            {
                return -1;
            }
            offset += idx * _strides[k];
        }
        return offset;
    }

    /// <summary>
    /// Fills the margins that are sums: the additive axes always (each person or service has one value there), and
    /// the others (service axes) too when counting services. Axis by axis, so margins of margins come out right.
    /// </summary>
    public void FillPersonMargins(long[] cells, bool serviceAxesCounted)
    {
        for (var k = 0; k < _bindings.Length; k++)
        {
            if (serviceAxesCounted && !_bindings[k].Axis.IsAdditive)
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
