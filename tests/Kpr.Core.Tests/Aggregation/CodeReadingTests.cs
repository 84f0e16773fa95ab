using Kpr.Core.Aggregation;
using Kpr.Core.Population;
using Kpr.Core.Regions;
using Kpr.Core.Register;
using Kpr.Core.Services;
using NodaTime;

namespace Kpr.Core.Tests.Aggregation;

/// <summary>Issue 13 points 1 and 2: 12/13 read as 29 for every registration year from 2019, 16 after 2018 kept as
/// home services; no person is lost between a code table and a group table.</summary>
public class CodeReadingTests
{
    private static ServiceEpisode S(string person, int code, string start, string? end = null) =>
        new(person, 1940, Sex.Female, MunicipalityCode.Parse("0301"), ServiceCode.FromNumber(code),
            LocalDate.FromDateOnly(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture)),
            end is null ? null : LocalDate.FromDateOnly(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)));

    // A: omsorgsbolig (12) open since 2015. B: annen bolig (13) since 2017 and 29 since 2020 (one person in bolig).
    // C: code 29 since 2019 and home nursing (15). D: code 16 starting 2020 (a leftover row). E: 12 ended in 2018.
    private static readonly EpisodeRegister Register = EpisodeRegister.FromEpisodes(
    [
        S("A", 12, "2015-03-01"),
        S("B", 13, "2017-06-01"),
        S("B", 29, "2020-02-01"),
        S("C", 29, "2019-04-01"),
        S("C", 15, "2019-04-01"),
        S("D", 16, "2020-05-01"),
        S("E", 12, "2016-01-01", "2018-10-31"),
    ]);

    [Fact]
    public void Open_12_and_13_decisions_count_as_29_in_a_code_table_for_2021()
    {
        var codes = Register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.ServiceCode]);
        Assert.Equal(3, codes.Count("29")); // A (12), B (13 and 29: once), C
        Assert.DoesNotContain("12", codes.Axes[0].Values);
        var groups = Register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.ServiceGroup]);
        Assert.Equal(3, groups.Count("bolig"));
        Assert.Equal(groups.Count("bolig"), codes.Count("29"));
        // The code table's total equals the group table's: nobody is lost.
        Assert.Equal(groups.Count("total"), codes.Count("total"));
        Assert.Equal(4, codes.Count("total"));
        Assert.Equal(0, codes.Unclassified);
    }

    [Fact]
    public void Selecting_29_in_2021_includes_the_old_housing_codes_but_not_in_2018()
    {
        var only29 = ServiceSelection.Codes([ServiceCode.FromNumber(29)]);
        Assert.Equal(3, Register.CountRecipients(CountingPeriod.YearEnd(2021), [], only29).GrandTotal);
        // In 2018 12 and 13 were valid codes of their own: they are not 29.
        Assert.Equal(0, Register.CountRecipients(CountingPeriod.YearEnd(2018), [], only29).GrandTotal);
        var in2018 = Register.CountRecipients(CountingPeriod.During(2018), [Dimension.ServiceCode]);
        Assert.Equal(2, in2018.Count("12")); // A and E
        Assert.Equal(1, in2018.Count("13"));
    }

    [Fact]
    public void Code_16_from_2020_counts_as_home_services_and_has_its_own_row_in_a_code_table()
    {
        Assert.Equal(1, Register.Validation.CountByKind(IssueKind.ServiceCodeCountedInGroup));
        var groups = Register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.ServiceGroup]);
        Assert.Equal(2, groups.Count("hjemmeboende")); // C (15) and D (16)
        var codes = Register.CountRecipients(CountingPeriod.YearEnd(2021), [Dimension.ServiceCode]);
        Assert.Equal(1, codes.Count("16"));
    }
}
