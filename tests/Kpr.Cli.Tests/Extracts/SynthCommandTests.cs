using Kpr.Core.Extracts;
using Kpr.Core.Register;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Tests.Extracts;

public sealed class SynthCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("kpr-synth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Same_seed_gives_identical_bytes_and_another_seed_differs()
    {
        string Run(string name, string seed)
        {
            var path = Path.Combine(_dir, name);
            var (code, _, stderr) = CliRunner.Run("synth", "--persons", "300", "--seed", seed, "--output", path);
            Assert.True(code == 0, stderr);
            return path;
        }
        var a = File.ReadAllBytes(Run("a.csv", "7"));
        var b = File.ReadAllBytes(Run("b.csv", "7"));
        var c = File.ReadAllBytes(Run("c.csv", "8"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Reading_a_synth_file_gives_back_the_generated_episodes()
    {
        var path = Path.Combine(_dir, "s.csv");
        Assert.Equal(0, CliRunner.Run("synth", "--episodes", "2500", "--seed", "3", "--years", "2019-2021", "--output", path).ExitCode);
        var expected = SyntheticRegister.Generate(SyntheticRegisterOptions.ForEpisodes(2500, 3, 2019, 2021)).ToList();
        using var reader = ExtractReader.Open(path);
        var read = reader.Records().Select(r => r.Episode!).ToList();
        Assert.Equal(2500, read.Count);
        Assert.Equal(expected, read);
    }

    [Fact]
    public void Synth_output_validates_without_issues()
    {
        var path = Path.Combine(_dir, "v.csv");
        Assert.Equal(0, CliRunner.Run("synth", "--persons", "500", "--seed", "11", "--output", path).ExitCode);
        var (code, stdout, _) = CliRunner.Run("validate", "--input", path);
        Assert.Equal(0, code);
        var register = ExtractLoader.Load(path);
        Assert.Equal(0, register.Validation.IssueCount);
        Assert.InRange(register.PersonCount, 300, 500); // universe persons with an episode in 2018-2023
        Assert.Contains("rows_read", stdout);
    }

    [Fact]
    public void Synth_writes_a_sidecar_saying_the_extract_is_a_synthetic_sample()
    {
        var path = Path.Combine(_dir, "m.csv");
        var (code, stdout, stderr) = CliRunner.Run("synth", "--persons", "2000", "--seed", "5", "--years", "2019-2021", "--output", path);
        Assert.True(code == 0, stderr);
        var metadata = SyntheticExtractMetadata.ReadBeside(path);
        Assert.NotNull(metadata);
        Assert.Equal(2000.0 / SyntheticRegister.NationalPersons, metadata.SamplingFraction, 12);
        Assert.Equal((5, 2019, 2021), (metadata.Seed, metadata.FirstYear, metadata.LastYear));
        Assert.Contains("sampling fraction", stdout, StringComparison.Ordinal);
        // The extract itself stays in the documented format (no comment lines).
        Assert.DoesNotContain(File.ReadLines(path), l => l.StartsWith('#'));
    }

    [Fact]
    public void Rates_on_a_synthetic_sample_use_the_population_it_stands_for()
    {
        var path = Path.Combine(_dir, "r.csv");
        Assert.Equal(0, CliRunner.Run("synth", "--persons", "60000", "--seed", "9", "--years", "2021-2021", "--output", path).ExitCode);
        var (code, stdout, stderr) = CliRunner.Run("table", "recipients", "--input", path, "--year", "2021", "--by", "age_group", "--rates", "--format", "csv");
        Assert.True(code == 0, stderr);
        Assert.Contains("synthetic sample", stderr, StringComparison.Ordinal);
        // 80-89: 93 680 recipients during 2021 (S5) of about 240 000 inhabitants: about 390 per 1000. A sample of
        // 60 000 of the synthetic country's persons against the whole population would give a seventeenth of that.
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rateColumn = Array.IndexOf(lines[0].Trim().Split(','), "rate");
        var row = lines.Single(l => l.StartsWith("80-89", StringComparison.Ordinal));
        var rate = double.Parse(row.Split(',')[rateColumn], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(rate, 300, 500);
    }

    [Theory]
    [InlineData("--persons", "10", "--episodes", "10")]
    [InlineData("--years", "2017-2020", "--persons", "10")]
    [InlineData("--years", "2021-2019", "--persons", "10")]
    public void Bad_options_fail_with_a_message(params string[] args)
    {
        var (code, _, stderr) = CliRunner.Run(["synth", .. args, "--output", Path.Combine(_dir, "x.csv")]);
        Assert.Equal(KprApp.InputError, code);
        Assert.False(string.IsNullOrWhiteSpace(stderr));
    }
}
