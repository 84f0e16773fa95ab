using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Exact results on a register small enough to count by hand.</summary>
public class HandMadeRegisterTests
{
    private static ViewEpisode E(long person, int birth, int code, string start, string? end, string muni = "0301", int bistand = 0, bool coord = false, string? death = null, double? hours = null) =>
        new(person, birth, 2, muni, code, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), hours, bistand, coord, false,
            death is null ? null : DateOnly.Parse(death, System.Globalization.CultureInfo.InvariantCulture));

    // Person 1 (born 1935, 85 in 2020): home nursing (15) and practical help (1) all year, long-term stay (21) from 1 Dec.
    // Person 2 (born 1990): practical help (1) Mar–Jun 2020 only, then nothing.
    // Person 3 (born 1940): safety alarm (6), open, from 2019; died 2020-06-30.
    // Person 4 (born 1950): home nursing (15) from 2021 only.
    // Person 5 (born 1935): the same decision twice (identical: counts once), home nursing from 2020-02-10.
    private static readonly ViewEpisode[] Register =
    [
        E(1, 1935, 15, "2019-05-01", null, bistand: 2),
        E(1, 1935, 1, "2020-01-15", null, bistand: 3, coord: true),
        E(1, 1935, 21, "2020-12-01", null, muni: "1103", bistand: 3),
        E(2, 1990, 1, "2020-03-01", "2020-06-30", muni: "4601", bistand: 1),
        E(3, 1940, 6, "2019-01-01", null, death: "2020-06-30"),
        E(4, 1950, 15, "2021-01-04", null),
        E(5, 1935, 15, "2020-02-10", null, muni: "5001", hours: 3),
        E(5, 1935, 15, "2020-02-10", null, muni: "5001", hours: 3),
    ];

    private static readonly CountingView View = CountingViewBuilder.Build(Register);

    [Fact]
    public void Recipients_on_31_December_by_group_count_each_person_once_per_group()
    {
        var cube = CountingHarness.Persons(View, CountingHarness.Window(true, 2020), [TestAxes.ServiceGroup()]);
        // hjemmeboende: persons 1 (codes 15 and 1: once) and 5; institusjon: person 1; velferdsteknologi: person 3 died.
        Assert.Equal(2, cube.Count("hjemmeboende"));
        Assert.Equal(1, cube.Count("institusjon"));
        Assert.Equal(0, cube.Count("velferdsteknologi"));
        Assert.Equal(2, cube.Count("total")); // person 1 is in two groups but once in the total
    }

    [Fact]
    public void Recipients_during_the_year_include_ended_services_and_persons_who_died_in_the_year()
    {
        var cube = CountingHarness.Persons(View, CountingHarness.Window(false, 2020), [TestAxes.ServiceGroup(), TestAxes.AgeGroup()]);
        Assert.Equal(3, cube.Count("hjemmeboende", "total")); // 1, 2, 5
        Assert.Equal(2, cube.Count("hjemmeboende", "80+")); // 1 and 5 are 85
        Assert.Equal(1, cube.Count("hjemmeboende", "18-66")); // 2 is 30
        Assert.Equal(1, cube.Count("velferdsteknologi", "80+")); // 3 is 80 and died in the year
        Assert.Equal(4, cube.Count("total", "total"));
    }

    [Fact]
    public void Residence_is_the_last_registration_of_the_year_and_attributes_come_from_the_latest_service()
    {
        var cube = CountingHarness.Persons(View, CountingHarness.Window(true, 2020), [TestAxes.Region(View, 2020, 2020), TestAxes.Bistandsbehov()]);
        // person 1 moved to 1103 (vest) with the stay from 1 Dec, bistandsbehov 3 (omfattende); person 5 in 5001 (midt).
        Assert.Equal(1, cube.Count("vest", "omfattende"));
        Assert.Equal(1, cube.Count("midt", "uoppgitt"));
        Assert.Equal(0, cube.Count("oslo", "total"));
        Assert.Equal(2, cube.GrandTotal);
    }

    [Fact]
    public void Starts_per_month_count_services_and_identical_decisions_once()
    {
        var cube = CountingHarness.Starts(View, 2020, 2020, [TestAxes.Month(2020, 2020), TestAxes.ServiceGroup()]);
        Assert.Equal(1, cube.Count("2020-01", "hjemmeboende"));
        Assert.Equal(1, cube.Count("2020-02", "hjemmeboende")); // person 5's duplicate counts once
        Assert.Equal(1, cube.Count("2020-03", "hjemmeboende"));
        Assert.Equal(1, cube.Count("2020-12", "institusjon"));
        Assert.Equal(4, cube.Count("total", "total"));
        Assert.Equal(3, cube.Count("total", "hjemmeboende"));
    }

    [Fact]
    public void A_person_whose_region_is_unknown_is_reported_as_unclassified_not_dropped()
    {
        var view = CountingViewBuilder.Build([E(9, 1960, 15, "2020-01-01", null, muni: "9999")]);
        var cube = CountingHarness.Persons(view, CountingHarness.Window(true, 2020), [TestAxes.Region(view, 2020, 2020)]);
        Assert.Equal(0, cube.GrandTotal);
        Assert.Equal(1, cube.Unclassified);
    }

    [Fact]
    public void Tidy_table_has_a_column_per_axis_then_count_and_margins_as_total()
    {
        var cube = CountingHarness.Persons(View, CountingHarness.Window(true, 2020), [TestAxes.ServiceGroup()]);
        var table = cube.ToTable();
        Assert.Equal(new[] { "service_group", "count" }, table.Columns.ToArray());
        Assert.Equal(5, table.Rows.Length);
        Assert.Equal(2L, table.Find("total")!.Value[1]);
        Assert.Equal(new object?[] { "hjemmeboende", 2L }, table.Rows[0].ToArray());
    }
}
