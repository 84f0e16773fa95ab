using System.Text;
using BenchmarkDotNet.Attributes;
using Kpr.Core.Extracts;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;

namespace Kpr.Core.Benchmarks;

/// <summary>
/// Reading register extracts: the CSV reader alone, reading + validating + building the register, building from
/// episodes already in memory, and generating the synthetic register. The extract is written by the synthetic
/// generator into memory (no disk in the timing). Per-row cost = mean / <see cref="Rows"/>.
/// KPR_BENCH_SMOKE=1 (CI dry run) uses a tiny extract.
/// </summary>
[MemoryDiagnoser]
public class RegisterBenchmarks
{
    private byte[] _csv = [];
    private ServiceEpisode[] _episodes = [];

    /// <summary>Rows in the extract.</summary>
    public int Rows { get; } = Environment.GetEnvironmentVariable("KPR_BENCH_SMOKE") == "1" ? 1_000 : 200_000;

    [GlobalSetup]
    public void Setup()
    {
        _episodes = SyntheticRegister.Generate(SyntheticRegisterOptions.ForEpisodes(Rows, seed: 2019)).ToArray();
        using var stream = new MemoryStream();
        using (var writer = new ExtractWriter(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true)))
        {
            foreach (var e in _episodes)
            {
                writer.Write(e);
            }
        }
        _csv = stream.ToArray();
    }

    private ExtractReader Open() => ExtractReader.Create(new MemoryStream(_csv), "bench.csv", ExtractReadOptions.Default);

    /// <summary>CSV → episodes (parse every field), no validation.</summary>
    [Benchmark]
    public int ReadOnly()
    {
        using var reader = Open();
        var n = 0;
        foreach (var record in reader.Records())
        {
            if (record.Episode is not null)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>CSV → validated, deduplicated columnar register (what <c>kpr validate</c> does).</summary>
    [Benchmark]
    public int ReadValidateBuild()
    {
        using var reader = Open();
        return ExtractLoader.Load(reader).EpisodeCount;
    }

    /// <summary>Episodes in memory → register (validation, staging, grouping, dedup).</summary>
    [Benchmark]
    public int BuildFromEpisodes()
    {
        var builder = new RegisterBuilder();
        long line = 1;
        foreach (var e in _episodes)
        {
            builder.Add(e, RecordOrigin.At("bench", ++line));
        }
        return builder.Build().EpisodeCount;
    }

    /// <summary>Synthetic generation of the same number of episodes.</summary>
    [Benchmark]
    public int Generate() => SyntheticRegister.Generate(SyntheticRegisterOptions.ForEpisodes(Rows, seed: 2019)).Count();
}
