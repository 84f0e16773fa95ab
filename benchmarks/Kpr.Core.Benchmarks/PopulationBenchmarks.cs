using BenchmarkDotNet.Attributes;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Population denominators: the one-off load of the embedded SSB 07459 data, and warm queries (the harmonised
/// per-structure arrays are cached after first use). KPR_BENCH_SMOKE=1 changes nothing but the CI job (dry run).
/// </summary>
[MemoryDiagnoser]
public class PopulationBenchmarks
{
    private readonly PopulationTable _table = PopulationTable.Default;

    [GlobalSetup]
    public void Setup()
    {
        // Warm the caches the warm benchmarks use.
        _ = _table.Query(2021, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet, bySex: true);
        _ = _table.Query(2019, RegionLevel.Municipality, AgeGroupSet.Esp2013, reference: PopulationReference.StartOfYear, structureYear: 2024);
    }

    [Benchmark(Description = "PopulationTable load (542 720 rows, gz)")]
    public int Load() => PopulationLoader.Load().CodesIn(2025).Count;

    [Benchmark(Description = "Query 2021 helsefellesskap x hdir x sex (end of year)")]
    public int QueryHelsefellesskap() =>
        _table.Query(2021, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet, bySex: true).Cells.Count;

    [Benchmark(Description = "Query 2019 municipality x esp2013 in 2024 structure")]
    public int QueryMunicipality2024() =>
        _table.Query(2019, RegionLevel.Municipality, AgeGroupSet.Esp2013, reference: PopulationReference.StartOfYear, structureYear: 2024).Cells.Count;

    [Benchmark(Description = "ForHelsefellesskap(bergen, 2021, 80-89, female)")]
    public double OneDenominator() =>
        _table.ForHelsefellesskap("bergen", 2021, AgeGroup.Between(80, 89), Sex.Female).Value;

    [Benchmark(Description = "Harmonise 1 Jan 2019 to 2024 structure (cold, uncached)")]
    public int HarmoniseCold() =>
        PopulationLoader.Load().Query(2019, RegionLevel.Municipality, AgeGroupSet.Total, reference: PopulationReference.StartOfYear, structureYear: 2024).Cells.Count;
}
