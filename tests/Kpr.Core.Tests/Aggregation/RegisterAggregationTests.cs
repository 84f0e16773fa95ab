using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>The public questions on an <see cref="EpisodeRegister"/>: exact results and agreement with the plain path.</summary>
public class RegisterAggregationTests
{
    private static ServiceEpisode S(string person, int birth, string muni, int code, string start, string? end = null,
        Bistandsbehov bistand = Bistandsbehov.Uoppgitt, bool? coord = null, string? death = null, double? hours = null) =>
        new(person, birth, Sex.Female, MunicipalityCode.Parse(muni), ServiceCode.FromNumber(code), Date(start),
            end is null ? null : Date(end), hours, bistand, coord, null, death is null ? null : Date(death));

    private static LocalDate Date(string iso) => LocalDate.FromDateOnly(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    // A: 85 in 2020, home nursing + practical help in Oslo, moves to Bergen with a long-term stay from 1 Dec 2020.
    // B: 30 in 2020, practical help Mar–Jun 2020 in Stavanger.
    // C: 80 in 2020, safety alarm since 2019 in Trondheim, died 30 Jun 2020.
    // D: 85 in 2020, home nursing from 10 Feb 2020 in Trondheim, reported twice (identical: once).
    private static readonly EpisodeRegister Register = EpisodeRegister.FromEpisodes(
    [
        S("A", 1935, "0301", 15, "2019-05-01", bistand: Bistandsbehov.MiddelsTilStort),
        S("A", 1935, "0301", 1, "2020-01-15", bistand: Bistandsbehov.Omfattende, coord: true),
        S("A", 1935, "4601", 21, "2020-12-01", bistand: Bistandsbehov.Omfattende, coord: true),
        S("B", 1990, "1103", 1, "2020-03-01", "2020-06-30", bistand: Bistandsbehov.NoeAvgrenset, coord: false),
        S("C", 1940, "5001", 6, "2019-01-01", death: "2020-06-30"),
        S("D", 1935, "5001", 15, "2020-02-10", hours: 3),
        S("D", 1935, "5001", 15, "2020-02-10", hours: 3),
        S("D", 1935, "5001", 15, "2019-02-20", "2019-03-01", hours: 3),
    ]);

    [Fact]
    public void The_hand_made_register_is_accepted_with_one_duplicate()
    {
        Assert.Equal(7, Register.EpisodeCount);
        Assert.Equal(1, Register.Validation.Duplicates);
    }

    [Fact]
    public void Recipients_on_31_December_by_service_group_and_helsefellesskap()
    {
        var cube = Register.CountRecipients(CountingPeriod.YearEnd(2020), [Dimension.ServiceGroup, Dimension.Helsefellesskap]);
        Assert.Equal(2, cube.Count("hjemmeboende", "total")); // A (15 and 1: once) and D
        Assert.Equal(1, cube.Count("hjemmeboende", "bergen")); // A lives in Bergen at the end of 2020
        Assert.Equal(1, cube.Count("hjemmeboende", "st_olav"));
        Assert.Equal(1, cube.Count("institusjon", "bergen"));
        Assert.Equal(0, cube.Count("velferdsteknologi", "total")); // C died
        Assert.Equal(2, cube.GrandTotal);
        Assert.Equal(0, cube.Unclassified);
    }

    [Fact]
    public void Recipients_during_the_year_by_age_group_and_regional_health_authority()
    {
        var cube = Register.CountRecipients(CountingPeriod.During(2020), [Dimension.AgeGroup, Dimension.RegionalHealthAuthority]);
        Assert.Equal(3, cube.Count("80-89", "total")); // A, C and D
        Assert.Equal(1, cube.Count("18-49", "helse_vest")); // B in Stavanger
        Assert.Equal(4, cube.Count("total", "total"));
    }

    [Fact]
    public void Coordinator_and_bistandsbehov_come_from_the_latest_counted_service()
    {
        var cube = Register.CountRecipients(CountingPeriod.YearEnd(2020), [Dimension.Bistandsbehov, Dimension.Coordinator]);
        Assert.Equal(1, cube.Count("omfattende", "yes")); // A
        Assert.Equal(1, cube.Count("uoppgitt", "unknown")); // D
        Assert.Equal(2, cube.GrandTotal);
    }

    [Fact]
    public void Starts_per_month_count_decisions()
    {
        var cube = Register.CountStarts(2019, 2020, [Dimension.Month, Dimension.ServiceGroup]);
        Assert.Equal(1, cube.Count("2020-02", "hjemmeboende"));
        Assert.Equal(1, cube.Count("2019-02", "hjemmeboende"));
        Assert.Equal(1, cube.Count("2020-12", "institusjon"));
        Assert.Equal(7, cube.GrandTotal);
    }

    [Fact]
    public void Monthly_comparison_leaves_out_January_and_welfare_technology_by_default()
    {
        var comparison = Register.CompareMonths(2019, [2020], []);
        var table = comparison.ToTable();
        Assert.Equal(new[] { "month", "count", "baseline_count", "change_percent" }, table.Columns.ToArray());
        Assert.Equal(11, table.Rows.Length);
        var feb = table.Find("2020-02")!.Value;
        Assert.Equal(1L, feb[1]);
        Assert.Equal(1L, feb[2]);
        Assert.Equal(0.0, feb[3]);
        var march = table.Find("2020-03")!.Value;
        Assert.Equal(1L, march[1]);
        Assert.Equal(0L, march[2]);
        Assert.Null(march[3]); // no baseline: not computable
        // per day: February 2020 had 29 days, 2019 had 28.
        var perDay = Register.CompareMonths(2019, [2020], [], MonthlyComparisonOptions.Default.WithPerDay(true));
        Assert.Equal(100.0 * ((1.0 / 29) - (1.0 / 28)) / (1.0 / 28), perDay.Change(2020, 2).Percent, 12);
        Assert.Equal(12, Register.CompareMonths(2019, [2020], [], MonthlyComparisonOptions.Default.WithJanuary(true)).ToTable().Rows.Length);
    }

    [Fact]
    public void Month_is_refused_for_recipients_and_names_must_be_unique()
    {
        Assert.Throws<ArgumentException>(() => Register.CountRecipients(CountingPeriod.During(2020), [Dimension.Month]));
        Assert.Throws<ArgumentException>(() => Register.CountRecipients(CountingPeriod.During(2020), [Dimension.Sex, Dimension.Sex]));
    }

    [Fact]
    public void Dimension_names_parse_to_their_column_names()
    {
        foreach (var name in Dimension.Names)
        {
            Assert.Equal(name, Dimension.Parse(name).Name);
        }
        Assert.Throws<ArgumentException>(() => Dimension.Parse("colour"));
    }

    private static readonly int[] ValidCodes = [1, 2, 3, 6, 15, 21, 29];
    private static readonly string[] ValidMunicipalities = ["0301", "1103", "4601", "5001"];

    private static Gen<ServiceEpisode[]> ValidRegister =>
        from n in Gen.Choose(0, 30)
        from persons in Gen.CollectToArray(Enumerable.Range(0, n).Select(p =>
            from birth in Gen.Choose(1920, 2019)
            from sex in Gen.Elements(Sex.Male, Sex.Female)
            from count in Gen.Choose(1, 4)
            from eps in Gen.CollectToArray(Enumerable.Range(0, count).Select(_ =>
                from code in Gen.Elements(ValidCodes)
                from start in Gen.Choose(0, 3 * 365)
                from length in Gen.Choose(-1, 700)
                from muni in Gen.Elements(ValidMunicipalities)
                from bistand in Gen.Elements(Bistandsbehov.Uoppgitt, Bistandsbehov.NoeAvgrenset, Bistandsbehov.MiddelsTilStort, Bistandsbehov.Omfattende)
                from coord in Gen.Elements<bool?>(null, false, true)
                let s = new LocalDate(2020, 1, 1).PlusDays(start)
                select new ServiceEpisode("p" + p, birth, sex, MunicipalityCode.Parse(muni), ServiceCode.FromNumber(code), s,
                    length < 0 ? null : s.PlusDays(length), null, bistand, coord, null, null)))
            select eps))
        select persons.SelectMany(x => x).ToArray();

    [Property(MaxTest = 60)]
    public Property The_register_path_agrees_with_the_plain_path_and_the_reference() =>
        Prop.ForAll(ValidRegister.ToArbitrary(), Gen.Choose(2020, 2022).ToArbitrary(), (episodes, year) =>
        {
            var register = EpisodeRegister.FromEpisodes(episodes);
            Dimension[] dims = [Dimension.ServiceGroup, Dimension.AgeGroup, Dimension.Coordinator];
            var cube = register.CountRecipients(CountingPeriod.During(year), dims);
            var plain = register.Episodes().Select(e => new ViewEpisode(
                register.FindPerson(e.PersonId), e.BirthYear, (int)e.Sex, e.Municipality.ToString(), e.ServiceCode.Number,
                e.Start!.Value.ToDateOnly(), e.End?.ToDateOnly(), e.HoursPerWeek, (int)e.Bistandsbehov, e.Coordinator, e.IndividualPlan,
                e.DeathDate?.ToDateOnly())).ToArray();
            var view = CountingViewBuilder.Build(plain);
            var bindings = dims.Select(d => d.Bind(view, year, year, AggregationContext.Default)).ToArray();
            var viaView = CountingHarness.Persons(view, CountingHarness.Window(false, year), bindings);
            var reference = LinqReference.Persons(plain, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year, bindings, _ => true, out _);
            var starts = register.CountStarts(year - 1, year, [Dimension.Month, Dimension.ServiceCode]);
            var startsRef = LinqReference.Starts(plain, new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31),
                new[] { Dimension.Month, Dimension.ServiceCode }.Select(d => d.Bind(view, year - 1, year, AggregationContext.Default)).ToArray(), _ => true, out _);
            return cube.Cells.SequenceEqual(viaView.Cells) && cube.Cells.SequenceEqual(reference) && starts.Cells.SequenceEqual(startsRef);
        });
}

public class RatesAndSharesTests
{
    private static ServiceEpisode S(string person, int birth, Sex sex, string muni, int code, string start, bool? coord = null, Bistandsbehov b = Bistandsbehov.Uoppgitt) =>
        new(person, birth, sex, MunicipalityCode.Parse(muni), ServiceCode.FromNumber(code),
            LocalDate.FromDateOnly(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)), null, null, b, coord);

    private static readonly EpisodeRegister Register = EpisodeRegister.FromEpisodes(
    [
        S("a", 1935, Sex.Female, "0301", 15, "2020-03-01", true, Bistandsbehov.Omfattende),
        S("b", 1936, Sex.Male, "0301", 1, "2020-03-01", false, Bistandsbehov.Omfattende),
        S("c", 1937, Sex.Female, "4601", 2, "2019-03-01", true, Bistandsbehov.NoeAvgrenset),
        S("d", 1990, Sex.Female, "4601", 21, "2021-03-01", true, Bistandsbehov.NoeAvgrenset),
        S("e", 1938, Sex.Male, "5001", 15, "2021-06-01", null, Bistandsbehov.Omfattende),
    ]);

    [Fact]
    public void Rates_use_the_end_of_year_population_of_the_same_cell()
    {
        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.AgeGroup, Dimension.Sex]);
        var table = PopulationTable.Default;
        var band = AgeGroup.Between(80, 89);
        var rate = rates.RateAt("80-89", "female");
        Assert.Equal(2, rate.Count);
        Assert.Equal(table.ForCountry(2021, band, Sex.Female).Value, rate.Population!.Value, 6);
        Assert.Equal(table.ForCountry(2021, AgeGroup.All).Value, rates.RateAt("total", "total").Population!.Value, 6);
        var row = rates.ToTable();
        Assert.Equal(new[] { "age_group", "sex", "count", "population", "rate", "lower", "upper" }, row.Columns.ToArray());
        var r = row.Find("80-89", "female")!.Value;
        Assert.Equal(2.0 / table.ForCountry(2021, band, Sex.Female).Value * 1000, (double)r[4]!, 9);
        Assert.True((double)r[5]! < (double)r[4]! && (double)r[4]! < (double)r[6]!);
    }

    [Fact]
    public void Rates_by_helsefellesskap_have_the_national_population_as_margin_and_refuse_attributes()
    {
        var rates = Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.Helsefellesskap, Dimension.ServiceGroup]);
        Assert.Equal(PopulationTable.Default.ForCountry(2021, AgeGroup.All).Value, rates.RateAt("total", "total").Population!.Value, 3);
        Assert.Equal(rates.RateAt("oslo", "total").Population, rates.RateAt("oslo", "hjemmeboende").Population);
        Assert.Throws<ArgumentException>(() => Register.CountRecipientRates(CountingPeriod.YearEnd(2021), [Dimension.Coordinator]));
    }

    [Fact]
    public void Coordinator_share_by_bistandsbehov_with_change_from_the_year_before()
    {
        var baseGroup = ServiceSelection.Grouping(ServiceCatalogue.Default.Grouping("hdir_koordinator_base"));
        var shares = Register.CountShares(CountingPeriod.YearEnd(2021), Dimension.Coordinator, "yes", [Dimension.Bistandsbehov], baseGroup,
            previous: CountingPeriod.YearEnd(2020));
        // 2021 base: a (yes, omfattende), b (no, omfattende), c (yes, noe), e (unknown, omfattende); d has only 21.
        var omfattende = shares.ShareAt("omfattende");
        Assert.Equal(1, omfattende.Count);
        Assert.Equal(3, omfattende.Denominator);
        Assert.Equal((100.0 * 2 / 4) - (100.0 * 2 / 3), shares.ChangeAt("total").Value, 9);
        var table = shares.ToTable();
        Assert.Equal(new[] { "bistandsbehov", "count", "denominator", "share", "lower", "upper", "previous_count", "previous_denominator", "previous_share", "change_pp", "change_lower", "change_upper" }, table.Columns.ToArray());
        var noe = table.Find("noe_avgrenset")!.Value;
        Assert.Equal(100.0, noe[3]);
    }
}
