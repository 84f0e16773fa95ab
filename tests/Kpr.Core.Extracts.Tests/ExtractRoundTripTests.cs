using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Register;
using Kpr.Core.Testing;
using Kpr.Core.Synthetic;

namespace Kpr.Core.Extracts.Tests;

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
        using var reader = ExtractReader.Create(new StringReader(text.ToString()), "mem.csv", ExtractReadOptions.Default);
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
}
