using BenchmarkDotNet.Attributes;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// The standard questions on the synthetic register at 1 M and 10 M episodes: Kpr.Core (baseline), plain LINQ and
/// DuckDB, each answering the same question in the same run. With <c>KPR_BENCH_SMOKE=1</c> the register has 20 000
/// episodes. Returns a count so nothing is optimised away.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private AggregationWorkload _w = null!;

    public static IEnumerable<long> Sizes =>
        Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1" ? [20_000] : [1_000_000, 10_000_000];

    [ParamsSource(nameof(Sizes))]
    public long Episodes { get; set; }

    // In-process runs set up every benchmark case separately; building a 10 M register and loading DuckDB takes minutes,
    // so the workload is built once per size and shared by the cases (they only read it).
    private static readonly Dictionary<long, AggregationWorkload> Workloads = [];

    [GlobalSetup]
    public void Setup()
    {
        lock (Workloads)
        {
            if (!Workloads.TryGetValue(Episodes, out var w))
            {
                w = new AggregationWorkload(Episodes);
                Workloads[Episodes] = w;
            }
            _w = w;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("RecipientsAtYearEnd")]
    public long Kpr_RecipientsAtYearEnd() => _w.KprRecipientsAtYearEnd();

    [Benchmark, BenchmarkCategory("RecipientsAtYearEnd")]
    public long Linq_RecipientsAtYearEnd() => _w.LinqRecipientsAtYearEnd();

    [Benchmark, BenchmarkCategory("RecipientsAtYearEnd")]
    public long DuckDb_RecipientsAtYearEnd() => _w.DuckRecipientsAtYearEnd();

    [Benchmark, BenchmarkCategory("RecipientsDuringYear")]
    public long Kpr_RecipientsDuringYear() => _w.KprRecipientsDuringYear();

    [Benchmark, BenchmarkCategory("RecipientsDuringYear")]
    public long Linq_RecipientsDuringYear() => _w.LinqRecipientsDuringYear();

    [Benchmark, BenchmarkCategory("RecipientsDuringYear")]
    public long DuckDb_RecipientsDuringYear() => _w.DuckRecipientsDuringYear();

    [Benchmark, BenchmarkCategory("StartsPerMonth")]
    public long Kpr_StartsPerMonth() => _w.KprStartsPerMonth();

    [Benchmark, BenchmarkCategory("StartsPerMonth")]
    public long Linq_StartsPerMonth() => _w.LinqStartsPerMonth();

    [Benchmark, BenchmarkCategory("StartsPerMonth")]
    public long DuckDb_StartsPerMonth() => _w.DuckStartsPerMonth();

    [Benchmark, BenchmarkCategory("MonthlyComparison")]
    public long Kpr_MonthlyComparison() => _w.KprMonthlyComparison();

    [Benchmark, BenchmarkCategory("MonthlyComparison")]
    public long Linq_MonthlyComparison() => _w.LinqMonthlyComparison();

    [Benchmark, BenchmarkCategory("MonthlyComparison")]
    public long DuckDb_MonthlyComparison() => _w.DuckMonthlyComparison();
}
