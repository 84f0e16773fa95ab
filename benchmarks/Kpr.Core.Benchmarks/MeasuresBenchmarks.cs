using BenchmarkDotNet.Attributes;
using Kpr.Core.Measures;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Measures with intervals for a whole table of counts, as the aggregation layer produces them: N cells (default
/// 10 000 ≈ 356 municipalities × 7 age groups × 4 service groups) with realistic counts (a third below 10, so on the
/// exact chi-square path) and populations. Each benchmark returns a checksum so the work cannot be removed; the
/// per-cell cost is the mean divided by N. KPR_BENCH_SMOKE=1 (CI dry run) uses 16 cells.
/// </summary>
[MemoryDiagnoser]
public class MeasuresBenchmarks
{
    private long[] _counts = [];
    private long[] _populations = [];
    private long[] _previousCounts = [];
    private List<StratumCount>[] _areas = [];

    /// <summary>Cells in the table.</summary>
    public int N { get; } = Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1" ? 16 : 10_000;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        _counts = new long[N];
        _populations = new long[N];
        _previousCounts = new long[N];
        for (var i = 0; i < N; i++)
        {
            _populations[i] = random.Next(20, 50_000);
            var rate = random.NextDouble() * 0.3;
            _counts[i] = random.Next(3) == 0 ? random.Next(10) : (long)(rate * _populations[i]);
            _counts[i] = Math.Min(_counts[i], _populations[i]);
            _previousCounts[i] = Math.Min(_populations[i], (long)(_counts[i] * (0.8 + 0.4 * random.NextDouble())));
        }
        // 356 areas × 19 ESP2013 bands for the DSR benchmark (one area in the smoke run).
        var bands = StandardPopulation.Esp2013.Bands;
        _areas = new List<StratumCount>[Math.Max(1, N / 28)];
        for (var a = 0; a < _areas.Length; a++)
        {
            _areas[a] = bands.Select(b => StratumCount.Create(b, random.Next(0, 200), random.Next(200, 5_000))).ToList();
        }
    }

    [Benchmark(Baseline = true, Description = "count / population × 1000 (no interval)")]
    public double PlainRates()
    {
        var sum = 0.0;
        for (var i = 0; i < _counts.Length; i++)
        {
            sum += (double)_counts[i] / _populations[i] * 1000;
        }
        return sum;
    }

    [Benchmark(Description = "Rate per 1000 + 95 % interval (exact < 10, else Byar)")]
    public double Rates()
    {
        var sum = 0.0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var rate = Rate.Create(_counts[i], _populations[i]);
            var ci = rate.Interval;
            sum += rate.Value + ci.Lower + ci.Upper;
        }
        return sum;
    }

    [Benchmark(Description = "Proportion (percent) + Wilson 95 %")]
    public double Proportions()
    {
        var sum = 0.0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var share = Proportion.Create(_counts[i], _populations[i]);
            var ci = share.Interval;
            sum += share.Value + ci.Lower + ci.Upper;
        }
        return sum;
    }

    [Benchmark(Description = "PercentagePointChange + Newcombe 95 %")]
    public double PercentagePointChanges()
    {
        var sum = 0.0;
        for (var i = 0; i < _counts.Length; i++)
        {
            var change = Proportion.Create(_counts[i], _populations[i]) - Proportion.Create(_previousCounts[i], _populations[i]);
            var ci = change.Interval;
            sum += change.Value + ci.Lower + ci.Upper;
        }
        return sum;
    }

    [Benchmark(Description = "DSR (ESP2013, 19 bands) + Dobson 95 %, N/28 areas")]
    public double Dsrs()
    {
        var sum = 0.0;
        foreach (var area in _areas)
        {
            var dsr = DirectlyStandardisedRate.Create(area, StandardPopulation.Esp2013);
            sum += dsr.Value + dsr.Interval.Lower;
        }
        return sum;
    }
}
