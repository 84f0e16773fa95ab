using Kpr.Core.Aggregation;
using Kpr.Core.Formatting;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Result tables carry a title a reader can use, and the monthly comparison says what it left out.</summary>
public class TableTitleTests
{
    private static ServiceEpisode S(string person, int birth, string muni, int code, LocalDate start) =>
        new(person, birth, Sex.Female, MunicipalityCode.Parse(muni), ServiceCode.FromNumber(code), start, null, null,
            Bistandsbehov.Uoppgitt, null, null, null);

    // Starts in 2019 and 2020 of home nursing (15), a safety alarm (6, velferdsteknologi) and a long-term stay (21).
    private static readonly EpisodeRegister Register = EpisodeRegister.FromEpisodes(
    [
        S("A", 1935, "0301", 15, new LocalDate(2019, 3, 4)),
        S("B", 1940, "0301", 6, new LocalDate(2019, 3, 5)),
        S("C", 1938, "5001", 21, new LocalDate(2020, 3, 6)),
        S("D", 1937, "5001", 6, new LocalDate(2020, 1, 7)),
        S("E", 1936, "5001", 15, new LocalDate(2020, 1, 8)),
    ]);

    private static string Caption(object table) => ((ITabularData)table).Caption;

    [Fact]
    public void Monthly_comparison_by_service_group_has_no_rows_for_the_groups_it_leaves_out()
    {
        var comparison = Register.CompareMonths(2019, [2020], [Dimension.ServiceGroup]);
        var table = comparison.ToTable();
        var groups = table.Rows.Select(r => (string)r[0]!).Distinct().ToList();

        Assert.Equal(["hjemmeboende", "institusjon", "total", "tvang"], groups.Order(StringComparer.Ordinal));
        Assert.Equal(4 * 11, table.Rows.Length);
        // The margin counts only what is compared: the March 2019 safety alarm is not in it.
        Assert.Equal(1L, table.Find("total", "2020-03")!.Value[2]);
    }

    [Fact]
    public void Monthly_comparison_says_once_what_it_left_out()
    {
        var comparison = Register.CompareMonths(2019, [2020], [Dimension.Helsefellesskap]);
        Assert.Equal("January (the 2020 municipal mergers inflated January starts); service groups velferdsteknologi and bolig (registration changes in 2019)",
            comparison.LeftOut);
        var title = comparison.ToTable().Title!;
        Assert.Equal("Services started per month in 2020 against the same month of 2019, by helsefellesskap. Left out: " + comparison.LeftOut + ".", title);
        Assert.Equal(title, Caption(comparison));
        Assert.Equal(1, CountOf(comparison.ToTable().ToString(), "Left out"));

        var everything = Register.CompareMonths(2019, [2020], [], MonthlyComparisonOptions.Default.WithJanuary(true).WithServices(ServiceSelection.All));
        Assert.Equal("", everything.LeftOut);
        Assert.DoesNotContain("Left out", everything.ToTable().Title!, StringComparison.Ordinal);

        var home = Register.CompareMonths(2019, [2020], [Dimension.ServiceGroup], MonthlyComparisonOptions.Default.WithJanuary(true).WithServiceGroup("hjemmeboende"));
        Assert.Equal("service groups institusjon, velferdsteknologi, tvang and bolig", home.LeftOut);
        Assert.Equal(["hjemmeboende", "total"], home.ToTable().Rows.Select(r => (string)r[0]!).Distinct());
    }

    [Fact]
    public void Captions_read_as_titles()
    {
        var cube = Register.CountRecipients(CountingPeriod.During(2020), [Dimension.ServiceGroup, Dimension.AgeGroup]);
        Assert.Equal("Recipients (distinct persons) by service group and age group; 5 in all", Caption(cube));
        Assert.Equal(Caption(cube), cube.ToTable().Title);

        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2020), [Dimension.Helsefellesskap]);
        Assert.Equal("Recipients per 1000 inhabitants by helsefellesskap, on 31 December 2020 (population at the end of the year, 95% intervals)", Caption(rates));
        Assert.Equal(Caption(rates), rates.ToTable().Title);
        Assert.StartsWith("<table><caption>Recipients per 1000 inhabitants by helsefellesskap", TabularFormatterSource.ToHtml(rates), StringComparison.Ordinal);

        Assert.Null(ResultTable.Create(["a"], 1, [["x"]]).Title);
        Assert.StartsWith("1 rows", ResultTable.Create(["a"], 1, [["x"]]).ToString(), StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
