using BenchmarkDotNet.Attributes;
using Kpr.Core.Regions;
using NodaTime;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Municipality and helsefellesskap look-ups as a register reader does them once per record: parse the code text,
/// check it is valid on the record's date, find the helsefellesskap. Each benchmark handles a batch of <see cref="N"/>
/// records (codes drawn from every structure 2018–2025, so about a third are invalid on their date); per-record cost
/// = mean / N. KPR_BENCH_SMOKE=1 (CI dry run) uses a tiny batch.
/// </summary>
[MemoryDiagnoser]
public class RegionBenchmarks
{
    private string[] _texts = [];
    private MunicipalityCode[] _codes = [];
    private LocalDate[] _dates = [];
    private readonly MunicipalityHistory _history = MunicipalityHistory.Default;
    private readonly HelsefellesskapDirectory _directory = HelsefellesskapDirectory.Default;

    /// <summary>Records per batch.</summary>
    public int N { get; } = Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1" ? 16 : 100_000;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2020);
        var codes = _history.Codes.ToArray();
        _texts = new string[N];
        _codes = new MunicipalityCode[N];
        _dates = new LocalDate[N];
        var start = new LocalDate(2018, 1, 1);
        for (var i = 0; i < N; i++)
        {
            _codes[i] = codes[random.Next(codes.Length)];
            _texts[i] = _codes[i].ToString();
            _dates[i] = start.PlusDays(random.Next(8 * 365));
        }
    }

    [Benchmark(Description = "MunicipalityCode.TryParse(string)")]
    public int Parse()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (MunicipalityCode.TryParse(text, out var code))
            {
                sum += code.Value;
            }
        }
        return sum;
    }

    [Benchmark(Description = "MunicipalityHistory.IsValidOn(code, date)")]
    public int IsValidOn()
    {
        var n = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_history.IsValidOn(_codes[i], _dates[i]))
            {
                n++;
            }
        }
        return n;
    }

    [Benchmark(Description = "HelsefellesskapDirectory.Find(code, date)")]
    public int Helsefellesskap()
    {
        var n = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_directory.Find(_codes[i], _dates[i]) is not null)
            {
                n++;
            }
        }
        return n;
    }

    [Benchmark(Description = "MunicipalityHistory.Harmonise(code, 2019, 2024) x 422")]
    public int HarmoniseStructure()
    {
        var n = 0;
        foreach (var code in _history.StructureOf(2019))
        {
            n += _history.Harmonise(code, 2019, 2024).Targets.Count;
        }
        return n;
    }
}
