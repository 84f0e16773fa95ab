using FsCheck.Xunit;
using Kpr.Core.Measures;
using Kpr.Core.Population;

namespace Kpr.Core.Tests.Measures;

/// <summary>Rate.Create over a PopulationFigure (the README's natural call with a PopulationTable look-up).</summary>
public sealed class RateOverPopulationFigureTests
{
    [Fact]
    public void A_helsefellesskap_denominator_gives_the_same_rate_as_its_value()
    {
        var figure = PopulationTable.Default.ForHelsefellesskap("bergen", 2021, AgeGroup.Between(80, 89));
        Assert.True(figure.IsAvailable, figure.Missing);

        Assert.Equal(Rate.Create(412, figure.Value), Rate.Create(412, figure));
    }

    [Fact]
    public void A_figure_the_data_cannot_give_is_refused_with_its_reason()
    {
        // 1 January 2101 is far beyond SSB's table: the table says so instead of returning a zero.
        var figure = PopulationTable.Default.ForCountry(2100, AgeGroup.Between(80, 89));
        Assert.False(figure.IsAvailable);

        var error = Assert.Throws<ArgumentException>(() => Rate.Create(412, figure));
        Assert.Equal("population", error.ParamName);
        Assert.Contains(figure.Missing!, error.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Available_figures_agree_with_the_double_overload(uint count, uint persons) =>
        Rate.Create(count, PopulationFigure.Of(persons)).Equals(Rate.Create(count, (double)persons));

    [Fact]
    public void A_missing_count_is_still_a_not_computable_rate() =>
        Assert.Equal(NotComputableReason.MissingCount, Rate.Create(null, PopulationFigure.Of(100)).Reason);
}
