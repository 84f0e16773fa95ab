using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Tests.Population;

public class PopulationScaledTests
{
    private static readonly PopulationTable Table = PopulationTable.Default;

    private static Arbitrary<double> Fractions() => Gen.Choose(1, 1000).Select(i => i / 1000.0).ToArbitrary();

    [Property(MaxTest = 30)]
    public Property Every_figure_is_the_whole_population_times_the_fraction() =>
        Prop.ForAll(Fractions(), Gen.Choose(2018, 2024).ToArbitrary(), (fraction, year) =>
        {
            var scaled = Table.Scaled(fraction);
            var whole = Table.Query(year, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet).Cells;
            var part = scaled.Query(year, RegionLevel.Helsefellesskap, AgeGroupSet.Helsedirektoratet).Cells;
            var country = scaled.ForCountry(year, AgeGroup.AtLeast(80)).Value;
            return whole.Count == part.Count
                && whole.Zip(part).All(p => Math.Abs(p.Second.Population - (fraction * p.First.Population)) < 1e-6 * Math.Max(1, p.First.Population))
                && Math.Abs(country - (fraction * Table.ForCountry(year, AgeGroup.AtLeast(80)).Value)) < 1e-6 * country
                && scaled.SamplingFraction == fraction;
        });

    [Fact]
    public void Fractions_compose_and_the_default_is_whole()
    {
        Assert.Equal(1.0, Table.SamplingFraction);
        Assert.Equal(0.5 * 0.2, Table.Scaled(0.5).Scaled(0.2).SamplingFraction, 15);
        Assert.Equal(0.1 * Table.OnFirstJanuary(2021, MunicipalityCode.Parse("0301"), AgeGroup.All).Value,
            Table.Scaled(0.1).OnFirstJanuary(2021, MunicipalityCode.Parse("0301"), AgeGroup.All).Value, 6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_fraction_outside_zero_to_one_is_refused(double fraction)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Table.Scaled(fraction));
        Assert.Equal("samplingFraction", e.ParamName);
    }
}
