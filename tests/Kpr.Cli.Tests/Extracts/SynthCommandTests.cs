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
        Assert.Equal(500, register.PersonCount);
        Assert.Contains("rows_read", stdout);
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
