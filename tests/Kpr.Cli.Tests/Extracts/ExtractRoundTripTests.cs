using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Cli.Extracts;
using Kpr.Core.Register;
using Kpr.Core.Testing;
using Kpr.Core.Synthetic;

namespace Kpr.Cli.Tests.Extracts;

public class ExtractRoundTripTests
{
    private static List<ServiceEpisode> RoundTrip(IEnumerable<ServiceEpisode> episodes)
    {
        var text = new StringWriter();
        using (var writer = new ExtractWriter(text))
        {
            foreach (var e in episodes)
            {
                writer.Write(e);
            }
        }
        using var reader = ExtractReader.Create(new StringReader(text.ToString()), "mem.csv");
        return reader.Records().Select(r => r.Episode ?? throw new InvalidOperationException(string.Join("; ", r.Issues))).ToList();
    }

    [Property(MaxTest = 100)]
    public Property Written_episodes_read_back_equal() =>
        Prop.ForAll(KprArbitraries.EpisodeLists(), list => RoundTrip(list).SequenceEqual(list));

    [Property(MaxTest = 10)]
    public Property Synthetic_registers_read_back_equal() =>
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var episodes = SyntheticRegister.Generate(SyntheticRegisterOptions.ForPersons(30, seed)).ToList();
            return RoundTrip(episodes).SequenceEqual(episodes);
        });

    [Fact]
    public void Ids_with_separators_or_quotes_are_quoted_and_read_back()
    {
        var e = new ServiceEpisode("a,b;\"c\"", 1950, Kpr.Core.Population.Sex.Male, Kpr.Core.Regions.MunicipalityCode.Parse("0301"),
            Kpr.Core.Services.ServiceCode.FromNumber(15), new NodaTime.LocalDate(2021, 1, 1));
        Assert.Equal(e, Assert.Single(RoundTrip([e])));
    }

    [Fact]
    public void Empty_file_is_an_input_error_not_a_crash()
    {
        var path = Path.GetTempFileName();
        try
        {
            var (code, _, stderr) = CliRunner.Run("validate", "--input", path);
            Assert.Equal(KprApp.InputError, code);
            Assert.False(string.IsNullOrWhiteSpace(stderr));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Header_only_file_has_no_rows_and_exit_0()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, string.Join(',', ExtractSchema.Columns) + "\n");
            var (code, stdout, _) = CliRunner.Run("validate", "--input", path);
            Assert.Equal(0, code);
            Assert.Contains("rows_read", stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
