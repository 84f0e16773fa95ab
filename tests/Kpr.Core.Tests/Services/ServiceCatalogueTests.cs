using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Services;
using Kpr.Core.Testing.Services;
using NodaTime;

namespace Kpr.Core.Tests.Services;

[Properties(Arbitrary = [typeof(ServiceArbitraries)])]
public class ServiceCatalogueTests
{
    private static readonly ServiceCatalogue Catalogue = ServiceCatalogue.Default;
    private static ServiceCode C(int n) => ServiceCode.FromNumber(n);
    private static readonly LocalDate Mid2018 = new(2018, 6, 1);
    private static readonly LocalDate Mid2021 = new(2021, 6, 1);

    [Fact]
    public void Loads_the_28_codes_and_five_groups_of_the_data()
    {
        Assert.Equal(28, Catalogue.Codes.Length);
        Assert.Equal(["hjemmeboende", "institusjon", "velferdsteknologi", "tvang", "bolig"], Catalogue.Groups.Select(g => g.Id));
        Assert.Equal(
            ["hdir", "kostra_hjemmetjenester", "ssb_tidsbegrenset", "ssb_institusjon", "ssb_hoy_timeinnsats", "hdir_koordinator_base", "published"],
            Catalogue.Groupings.Select(g => g.Id));
        Assert.False(Catalogue.IsKnown(C(10)));
        var home = Catalogue.Get(C(15));
        Assert.Equal("Helsetjenester i hjemmet", home.Name);
        Assert.Equal("Health care at home (home nursing)", home.NameEn);
        Assert.Equal("hjemmeboende", home.Group.Id);
        Assert.Equal(SourceConfidence.Medium, Catalogue.Get(C(22)).Confidence);
    }

    [Fact]
    public void On_2018_06_01_codes_12_and_13_are_valid_and_29_is_not()
    {
        var codes = Catalogue.ValidOn(Mid2018).Select(c => c.Code.Number).ToList();
        Assert.Contains(12, codes);
        Assert.Contains(13, codes);
        Assert.Contains(16, codes);
        Assert.DoesNotContain(27, codes);
        Assert.DoesNotContain(28, codes);
        Assert.DoesNotContain(29, codes);
        Assert.Equal(25, codes.Count);
    }

    [Fact]
    public void On_2021_06_01_code_29_is_valid_and_12_13_16_are_not()
    {
        var codes = Catalogue.ValidOn(Mid2021).Select(c => c.Code.Number).ToList();
        Assert.Contains(29, codes);
        Assert.Contains(27, codes);
        Assert.DoesNotContain(12, codes);
        Assert.DoesNotContain(13, codes);
        Assert.DoesNotContain(16, codes);
        Assert.Equal(25, codes.Count);
    }

    [Fact]
    public void Validity_is_inclusive_at_both_ends()
    {
        Assert.True(Catalogue.IsValidOn(C(12), new LocalDate(2018, 12, 31)));
        Assert.False(Catalogue.IsValidOn(C(12), new LocalDate(2019, 1, 1)));
        Assert.False(Catalogue.IsValidOn(C(29), new LocalDate(2018, 12, 31)));
        Assert.True(Catalogue.IsValidOn(C(29), new LocalDate(2019, 1, 1)));
    }

    [Fact]
    public void Successors_are_dated()
    {
        Assert.Equal(ServiceCodeSuccession.ReplacedByCode, Catalogue.Get(C(12)).Succession);
        Assert.Equal(C(29), Catalogue.Get(C(12)).ReplacedBy);
        Assert.Equal(C(29), Catalogue.Get(C(13)).ReplacedBy);
        var rehab = Catalogue.Get(C(16));
        Assert.Equal(ServiceCodeSuccession.BecamePersonAttribute, rehab.Succession);
        Assert.Null(rehab.ReplacedBy);
        Assert.Equal("hjemmeboende", rehab.LeftoversGroup!.Id);
        Assert.Equal(new LocalDate(2018, 12, 31), rehab.ValidTo);
        Assert.Equal(ServiceCodeSuccession.None, Catalogue.Get(C(15)).Succession);
    }

    [Fact]
    public void Lookup_says_what_went_wrong_naming_code_and_date()
    {
        var early = Catalogue.Lookup(C(27), Mid2018);
        Assert.Equal(ServiceCodeStatus.NotYetValid, early.Status);
        Assert.Equal("Service code 27 is not valid on 2018-06-01: it is valid from 2019-01-01.", early.Message);

        var ended = Catalogue.Lookup(C(12), Mid2021);
        Assert.Equal(ServiceCodeStatus.Ended, ended.Status);
        Assert.Contains("12", ended.Message);
        Assert.Contains("2021-06-01", ended.Message);
        Assert.Contains("replaced by 29", ended.Message);

        var unknown = Catalogue.Lookup(C(10), Mid2021);
        Assert.Equal(ServiceCodeStatus.Unknown, unknown.Status);
        Assert.Null(unknown.Info);

        var e = Assert.Throws<ServiceCodeException>(() => Catalogue.GetValidOn(C(10), Mid2021));
        Assert.Equal(C(10), e.Code);
        Assert.Equal(Mid2021, e.Date);
        Assert.Contains("10", e.Message);
        Assert.Contains("2021-06-01", e.Message);
        Assert.Throws<ServiceCodeException>(() => Catalogue.GroupOf(C(10)));
        Assert.Equal("Service code 15 (Helsetjenester i hjemmet) is valid on 2021-06-01.", Catalogue.Lookup(C(15), Mid2021).Message);
    }

    [Fact]
    public void Recode_follows_the_published_method()
    {
        var after = Catalogue.Recode(C(12), new LocalDate(2019, 3, 1));
        Assert.Equal(RecodeOutcome.Recoded, after.Outcome);
        Assert.True(after.IsRecoded);
        Assert.Equal(C(29), after.Code);
        Assert.Equal("bolig", after.Group!.Id);
        Assert.Contains("12 → 29", after.Reason);

        Assert.Equal(C(29), Catalogue.Recode(C(13), Mid2021).Code);

        var before = Catalogue.Recode(C(12), Mid2018);
        Assert.Equal(RecodeOutcome.Unchanged, before.Outcome);
        Assert.Equal(C(12), before.Code);
        Assert.Equal("bolig", before.Group!.Id);

        var rehab = Catalogue.Recode(C(16), Mid2021);
        Assert.Equal(RecodeOutcome.CountedInGroup, rehab.Outcome);
        Assert.Null(rehab.Code);
        Assert.Equal("hjemmeboende", rehab.Group!.Id);
        Assert.True(rehab.IsCounted);

        var tooEarly = Catalogue.Recode(C(29), Mid2018);
        Assert.Equal(RecodeOutcome.NotValidOnDate, tooEarly.Outcome);
        Assert.False(tooEarly.IsCounted);

        Assert.Equal(RecodeOutcome.Unknown, Catalogue.Recode(C(10), Mid2021).Outcome);
    }

    [Fact]
    public void Groupings_from_other_groupings_csv()
    {
        var institusjon = Catalogue.Grouping("ssb_institusjon");
        Assert.Equal([8, 17, 18, 19, 20, 21, 22], institusjon.Codes.Select(c => c.Number));
        Assert.False(institusjon.Covers(C(25)));
        Assert.Null(institusjon.GroupOf(C(25)));
        Assert.Equal("ssb_institusjon", institusjon.GroupOf(C(21))!.Id);
        Assert.Equal([1, 2, 3, 7, 11, 15], Catalogue.Grouping("kostra_hjemmetjenester").Codes.Select(c => c.Number));
        Assert.Throws<KeyNotFoundException>(() => Catalogue.Grouping("nope"));
        Assert.Equal("institusjon", Catalogue.GroupOf(C(25)).Id);
        Assert.Equal("Institusjonstjenester", Catalogue.Group("institusjon").ToString("N", CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal("Institutional services", Catalogue.Group("institusjon").ToString("N", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void User_defined_groupings_must_be_disjoint()
    {
        var bistand = ServiceGroup.Create("praktisk_bistand", "Praktisk bistand", "Practical assistance", [C(1), C(2), C(3), C(2)]);
        Assert.Equal([1, 2, 3], bistand.Codes.Select(c => c.Number));
        var mine = ServiceGrouping.Create("mine", "Min gruppering", [bistand, ServiceGroup.Create("helse", "Helse", "Health", [C(15)])]);
        Assert.Equal("helse", mine.GroupOf(C(15))!.Id);
        var overlap = Assert.Throws<ArgumentException>(() =>
            ServiceGrouping.Create("bad", "Bad", [bistand, ServiceGroup.Create("x", "X", "X", [C(3), C(15)])]));
        Assert.Contains("code 3", overlap.Message);
        Assert.Contains("'praktisk_bistand'", overlap.Message);
        Assert.Throws<ArgumentException>(() => ServiceGroup.Create("empty", "E", "E", []));
        Assert.Throws<ArgumentException>(() => ServiceGroup.Create("has space", "E", "E", [C(1)]));
    }

    [Property]
    public bool Every_valid_code_is_in_exactly_one_group_of_each_grouping_that_covers_it(LocalDate date)
    {
        foreach (var info in Catalogue.ValidOn(date))
        {
            foreach (var grouping in Catalogue.Groupings)
            {
                var containing = grouping.Groups.Count(g => g.Contains(info.Code));
                var expected = grouping.Covers(info.Code) ? 1 : 0;
                if (containing != expected || grouping.GroupOf(info.Code) is { } g && !g.Contains(info.Code))
                {
                    return false;
                }
            }
            if (!Catalogue.HdirGrouping.Covers(info.Code) || Catalogue.HdirGrouping.GroupOf(info.Code) != info.Group)
            {
                return false; // Helsedirektoratet's grouping is total
            }
        }
        return true;
    }

    [Property]
    public bool Valid_codes_are_exactly_the_known_codes_whose_period_holds(ServiceCode code, LocalDate date)
    {
        var info = Catalogue.Find(code);
        var expected = info is not null && (info.ValidFrom is null || info.ValidFrom <= date) && (info.ValidTo is null || date <= info.ValidTo);
        return Catalogue.IsValidOn(code, date) == expected
            && Catalogue.Lookup(code, date).IsValid == expected
            && Catalogue.ValidOn(date).Any(i => i.Code == code) == expected;
    }

    [Property]
    public Property Recoding_is_idempotent_and_never_yields_a_code_invalid_on_the_date(ServiceCode code, LocalDate date)
    {
        var first = Catalogue.Recode(code, date);
        var ok = first.Code switch
        {
            null => first.Outcome is RecodeOutcome.CountedInGroup or RecodeOutcome.NotValidOnDate or RecodeOutcome.Unknown,
            { } recoded => Catalogue.IsValidOn(recoded, date)
                && Catalogue.Recode(recoded, date) is var again
                && again.Outcome == RecodeOutcome.Unchanged && again.Code == recoded && Equals(again.Group, first.Group),
        };
        return (ok && first.IsCounted == (first.Group is not null) && first.Reason.Contains(code.ToString(), StringComparison.Ordinal))
            .Label(first.Reason)
            .Classify(first.Outcome == RecodeOutcome.Recoded, "recoded");
    }

    [Property]
    public bool A_valid_code_is_never_changed_by_recoding(ServiceCode code, LocalDate date) =>
        !Catalogue.IsValidOn(code, date) || Catalogue.Recode(code, date) is { Outcome: RecodeOutcome.Unchanged } r && r.Code == code;
}

public class ServiceArbitrariesTests
{
    [Property(MaxTest = 50)]
    public Property Generated_valid_codes_are_valid_on_their_date() =>
        Prop.ForAll(ServiceArbitraries.LocalDate(), date =>
            Prop.ForAll(ServiceArbitraries.ValidCodeOn(date).ToArbitrary(), code => ServiceCatalogue.Default.IsValidOn(code, date)));

    [Fact]
    public void Known_codes_are_the_catalogue()
    {
        var sample = ServiceArbitraries.KnownCode().Sample(200);
        Assert.All(sample, c => Assert.True(ServiceCatalogue.Default.IsKnown(c)));
        Assert.All(ServiceArbitraries.ServiceCode().Generator.Sample(200), c => Assert.InRange(c.Number, 1, 99));
    }

    [Fact]
    public void Published_series_are_selectable_groups()
    {
        Assert.Equal([8, 18, 19, 20], ServiceCatalogue.Default.SelectableGroup("tidsbegrenset").Codes.Select(c => c.Number));
        Assert.Equal([21], ServiceCatalogue.Default.SelectableGroup("langtidsopphold").Codes.Select(c => c.Number));
        Assert.Equal([1, 2, 3, 15], ServiceCatalogue.Default.SelectableGroup("koordinator_base").Codes.Select(c => c.Number));
        // The same codes as SSB's and Helsedirektoratet's groupings they come from (other_groupings.csv).
        Assert.Equal(ServiceCatalogue.Default.Grouping("ssb_tidsbegrenset").Codes, ServiceCatalogue.Default.SelectableGroup("tidsbegrenset").Codes);
        Assert.Equal(ServiceCatalogue.Default.Grouping("hdir_koordinator_base").Codes, ServiceCatalogue.Default.SelectableGroup("koordinator_base").Codes);
        Assert.Equal("bolig", ServiceCatalogue.Default.SelectableGroup("bolig").Id);
        Assert.Equal([8, 17, 18, 19, 20, 21, 22], ServiceCatalogue.Default.SelectableGroup("ssb_institusjon").Codes.Select(c => c.Number));
        var e = Assert.Throws<KeyNotFoundException>(() => ServiceCatalogue.Default.SelectableGroup("nope"));
        Assert.Contains("tidsbegrenset", e.Message, StringComparison.Ordinal);
        Assert.Equal(["tidsbegrenset", "langtidsopphold", "koordinator_base"], ServiceCatalogue.Default.PublishedGrouping.Groups.Select(g => g.Id));
    }
}
