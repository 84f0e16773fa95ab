using BenchmarkDotNet.Attributes;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Protecting a national table: helsefellesskap (19 + total) × age group (6 + total) × sex (2 + total) × service group
/// (5 + total) for one year, all margins additive (2 520 cells, 1 746 sum relations), KOSTRA threshold N = 5.
/// KPR_BENCH_SMOKE=1 shrinks it to 5 × 3 × 2 × 3 parts for the CI dry run.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private CountTable _table = null!;
    private IReadOnlyList<int> _hidden = [];

    [GlobalSetup]
    public void Setup()
    {
        var smoke = Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1";
        _table = NationalTable(smoke ? 5 : 19, smoke ? 3 : 6, smoke ? 3 : 5, seed: 2024);
        _hidden = TableProtector.Protect(_table, ProtectionOptions.Kostra).HiddenCells;
    }

    [Benchmark]
    public ProtectedTable Protect() => TableProtector.Protect(_table, ProtectionOptions.Kostra);

    [Benchmark]
    public AuditReport Audit() => DisclosureAuditor.Audit(_table, _hidden, 4);

    /// <summary>A synthetic national table with realistic skew: helsefellesskap sizes, age and service-group profiles
    /// and noise, so that roughly one leaf in ten is below 5. Fixed seed.</summary>
    public static CountTable NationalTable(int areas, int ageGroups, int serviceGroups, int seed)
    {
        var random = new Random(seed);
        var area = TableDimension.WithTotal("helsefellesskap", "total", Enumerable.Range(1, areas).Select(i => $"hf{i:00}").ToArray());
        var age = TableDimension.WithTotal("age", "total", Enumerable.Range(1, ageGroups).Select(i => $"a{i}").ToArray());
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        var group = TableDimension.WithTotal("service group", "total", Enumerable.Range(1, serviceGroups).Select(i => $"s{i}").ToArray());
        var areaSize = Enumerable.Range(0, areas).Select(_ => 0.3 + random.NextDouble() * 2.5).ToArray();
        double[] ageProfile = [0.02, 0.08, 0.15, 0.2, 0.25, 0.3];
        double[] groupProfile = [1.0, 0.6, 0.15, 0.05, 0.01];
        return CountTable.FromLeaves([area, age, sex, group], codes =>
        {
            var a = int.Parse(codes[0][2..]) - 1;
            var g = int.Parse(codes[1][1..]) - 1;
            var s = int.Parse(codes[3][1..]) - 1;
            var mean = 900 * areaSize[a] * ageProfile[g % ageProfile.Length] * groupProfile[s % groupProfile.Length] * (codes[2] == "2" ? 1.3 : 1.0);
            var noisy = mean * Math.Exp(random.NextDouble() * 1.2 - 0.6);
            return (long)Math.Round(noisy);
        });
    }
}
