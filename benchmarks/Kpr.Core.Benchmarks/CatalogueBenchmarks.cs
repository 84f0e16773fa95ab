using BenchmarkDotNet.Attributes;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Service-code parsing and dated catalogue look-ups, as a register reader does them once per record: parse the code
/// text, check it is valid on the record's date, recode it and find its group. Each benchmark processes a batch of
/// <see cref="N"/> records (a realistic mix: mostly valid codes, some 12/13/16 after 2018, a few unknown), so the
/// per-record cost is the reported mean divided by N. KPR_BENCH_SMOKE=1 (CI dry run) uses a tiny batch.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    private string[] _texts = [];
    private ServiceCode[] _codes = [];
    private LocalDate[] _dates = [];
    private readonly ServiceCatalogue _catalogue = ServiceCatalogue.Default;

    /// <summary>Records per batch.</summary>
    public int N { get; } = Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1" ? 16 : 100_000;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2019);
        var known = _catalogue.Codes.Select(c => c.Code.Number).ToArray();
        _texts = new string[N];
        _codes = new ServiceCode[N];
        _dates = new LocalDate[N];
        var start = new LocalDate(2018, 1, 1);
        for (var i = 0; i < N; i++)
        {
            // 98 % catalogue codes, 2 % well-formed but unknown (10, 30–99); some written with a leading zero.
            var number = random.Next(100) < 98 ? known[random.Next(known.Length)] : (random.Next(2) == 0 ? 10 : random.Next(30, 100));
            _texts[i] = number < 10 && random.Next(2) == 0 ? "0" + number : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _codes[i] = ServiceCode.FromNumber(number);
            _dates[i] = start.PlusDays(random.Next(8 * 365));
        }
    }

    [Benchmark(Description = "ServiceCode.TryParse(string)")]
    public int Parse()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (ServiceCode.TryParse(text, out var code))
            {
                sum += code.Number;
            }
        }
        return sum;
    }

    [Benchmark(Description = "int.TryParse (baseline for parsing)", Baseline = false)]
    public int ParseInt()
    {
        var sum = 0;
        foreach (var text in _texts)
        {
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
            {
                sum += n;
            }
        }
        return sum;
    }

    [Benchmark(Description = "IsValidOn(code, date)")]
    public int IsValidOn()
    {
        var count = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_catalogue.IsValidOn(_codes[i], _dates[i]))
            {
                count++;
            }
        }
        return count;
    }

    [Benchmark(Description = "Lookup(code, date).Status")]
    public int Lookup()
    {
        var count = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            count += (int)_catalogue.Lookup(_codes[i], _dates[i]).Status;
        }
        return count;
    }

    [Benchmark(Description = "Recode(code, date) (+ group)")]
    public int Recode()
    {
        var count = 0;
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_catalogue.Recode(_codes[i], _dates[i]).Group is not null)
            {
                count++;
            }
        }
        return count;
    }

    [Benchmark(Description = "HdirGrouping.GroupOf(code)")]
    public int GroupOf()
    {
        var count = 0;
        foreach (var code in _codes)
        {
            if (_catalogue.HdirGrouping.GroupOf(code) is not null)
            {
                count++;
            }
        }
        return count;
    }

    [Benchmark(Description = "ValidOn(date) (list a day's code set)")]
    public int ValidOn() => _catalogue.ValidOn(_dates[0]).Length;
}
