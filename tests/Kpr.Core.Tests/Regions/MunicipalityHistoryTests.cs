using Kpr.Core.Regions;
using NodaTime;

namespace Kpr.Core.Tests.Regions;

public class MunicipalityHistoryTests
{
    private static readonly MunicipalityHistory History = MunicipalityHistory.Default;

    private static MunicipalityCode C(string text) => MunicipalityCode.Parse(text);

    [Theory]
    [InlineData(2017, 426)]
    [InlineData(2018, 422)]
    [InlineData(2019, 422)]
    [InlineData(2020, 356)]
    [InlineData(2021, 356)]
    [InlineData(2022, 356)]
    [InlineData(2023, 356)]
    [InlineData(2024, 357)]
    [InlineData(2025, 357)]
    [InlineData(2026, 357)]
    public void Number_of_municipalities_on_1_January(int year, int expected)
    {
        var date = year == 2017 ? new LocalDate(2017, 12, 31) : new LocalDate(year, 1, 1);
        Assert.Equal(expected, History.ValidOn(date).Count);
    }

    [Fact]
    public void Bergen_1201_became_4601_in_2020()
    {
        Assert.True(History.IsValidOn(C("1201"), new LocalDate(2019, 12, 31)));
        Assert.False(History.IsValidOn(C("1201"), new LocalDate(2021, 1, 1)));
        Assert.True(History.IsValidOn(C("4601"), new LocalDate(2020, 1, 1)));
        Assert.False(History.IsValidOn(C("4601"), new LocalDate(2019, 12, 31)));
        Assert.Equal("1201 Bergen ended 2019-12-31; became 4601 Bergen", History.ExplainInvalid(C("1201"), new LocalDate(2021, 1, 1)));
        Assert.Null(History.ExplainInvalid(C("4601"), new LocalDate(2021, 1, 1)));
        Assert.Equal("Bergen", History.Get(C("4601"), new LocalDate(2021, 1, 1)).Name);
    }

    [Fact]
    public void Halden_0101_was_renumbered_twice()
    {
        var first = Assert.Single(History.SuccessorChanges(C("0101")));
        Assert.Equal(C("3001"), first.NewCode);
        Assert.Equal(new LocalDate(2020, 1, 1), first.Date);
        var second = Assert.Single(History.SuccessorChanges(C("3001")));
        Assert.Equal(C("3101"), second.NewCode);
        Assert.Equal(MunicipalityChangeKind.Renumber, second.Kind);
    }

    [Fact]
    public void Bergen_4601_predecessors()
    {
        // Bergen was renumbered in 2020 (no merger); Øygarden 4626 is a 2020 merger of three.
        var bergen = Assert.Single(History.PredecessorChanges(C("4601")));
        Assert.Equal(C("1201"), bergen.OldCode);
        Assert.Equal(MunicipalityChangeKind.Renumber, bergen.Kind);
        var oygarden = History.PredecessorChanges(C("4626"));
        Assert.Equal(3, oygarden.Count);
        Assert.All(oygarden, c => Assert.Equal(MunicipalityChangeKind.Merge, c.Kind));
    }

    [Fact]
    public void Names_change_by_period_and_keep_parallel_names()
    {
        var harstad = C("1903");
        Assert.Empty(History.Get(harstad, new LocalDate(2017, 12, 31)).ParallelNames);
        Assert.Equal(["Hárstták"], History.Get(harstad, new LocalDate(2018, 1, 1)).ParallelNames);
        Assert.Equal("Herøy", History.Get(C("1818"), new LocalDate(2019, 6, 1)).Name);
        Assert.Equal("Herøy (Nordland)", History.Get(C("1818"), new LocalDate(2020, 6, 1)).Name);
        Assert.Equal("Herøy", History.Get(C("1818"), new LocalDate(2020, 6, 1)).NameWithoutQualifier);
    }

    [Fact]
    public void Unknown_code_is_explained()
    {
        Assert.False(History.IsKnown(C("9999")));
        Assert.StartsWith("9999 is not a municipality code", History.ExplainInvalid(C("9999"), new LocalDate(2020, 1, 1)), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => History.Get(C("9999"), new LocalDate(2020, 1, 1)));
    }

    [Fact]
    public void New_code_before_its_start_names_its_predecessors()
    {
        var text = History.ExplainInvalid(C("4601"), new LocalDate(2019, 1, 1));
        Assert.NotNull(text);
        Assert.StartsWith("4601 Bergen began 2020-01-01; before that: ", text, StringComparison.Ordinal);
        Assert.Contains("1201 Bergen", text, StringComparison.Ordinal);
    }
}
