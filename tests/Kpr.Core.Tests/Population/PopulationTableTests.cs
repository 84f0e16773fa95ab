using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Data;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Tests.Population;

public class PopulationTableTests
{
    private static readonly PopulationTable Table = PopulationTable.Default;

    private static MunicipalityCode C(string text) => MunicipalityCode.Parse(text);

    [Fact]
    public void National_totals_match_SSB()
    {
        Assert.Equal(5_391_369, Table.ForCountry(2021, AgeGroup.All, reference: PopulationReference.StartOfYear).Value);
        Assert.Equal(5_425_270, Table.ForCountry(2022, AgeGroup.All, reference: PopulationReference.StartOfYear).Value);
        Assert.Equal(5_425_270, Table.ForCountry(2021, AgeGroup.All).Value); // end of 2021 = 1 January 2022
        Assert.Equal((5_391_369 + 5_425_270) / 2.0, Table.ForCountry(2021, AgeGroup.All, reference: PopulationReference.Mean).Value);
        Assert.Equal(5_391_369, Table.Query(2021, RegionLevel.Country, AgeGroupSet.Helsedirektoratet, reference: PopulationReference.StartOfYear).Total);
    }

    [Theory]
    [InlineData(2018, PopulationReference.StartOfYear)]
    [InlineData(2019, PopulationReference.EndOfYear)]
    [InlineData(2021, PopulationReference.EndOfYear)]
    [InlineData(2023, PopulationReference.Mean)]
    [InlineData(2024, PopulationReference.EndOfYear)]
    public void Municipalities_helsefellesskap_authorities_and_country_add_up(int year, PopulationReference reference)
    {
        var country = Table.ForCountry(year, AgeGroup.All, reference: reference).Value;
        foreach (var level in new[] { RegionLevel.Municipality, RegionLevel.Helsefellesskap, RegionLevel.RegionalHealthAuthority })
        {
            var result = Table.Query(year, level, AgeGroupSet.Helsedirektoratet, reference: reference);
            Assert.True(result.IsAvailable, result.Missing);
            Assert.Equal(country, result.Total, 6);
        }
        var hfSum = HelsefellesskapDirectory.Default.All.Sum(h => Table.ForHelsefellesskap(h.Id, year, AgeGroup.All, reference: reference).Value);
        Assert.Equal(country, hfSum, 6);
        var rhaSum = RegionalHealthAuthorities.All.Sum(a => Table.ForRegionalHealthAuthority(a, year, AgeGroup.All, reference: reference).Value);
        Assert.Equal(country, rhaSum, 6);
    }

    [Property(MaxTest = 40)]
    public Property Harmonising_to_any_structure_conserves_the_national_total() =>
        Prop.ForAll(Gen.Choose(2018, 2025).ToArbitrary(), Gen.Choose(2018, 2026).ToArbitrary(), Gen.Elements(AgeGroupSet.Named.Where(s => s.Name != "single").ToArray()).ToArbitrary(),
            (year, structure, groups) =>
            {
                var result = Table.Query(year, RegionLevel.Municipality, groups, reference: PopulationReference.StartOfYear, structureYear: structure);
                var national = Table.NationalOnFirstJanuary(year, AgeGroup.All).Value;
                var byGroup = groups.Groups.All(g =>
                    Math.Abs(result.Cells.Where(c => c.AgeGroup == g).Sum(c => c.Population) - Table.NationalOnFirstJanuary(year, g).Value) < 1e-6);
                return Math.Abs(result.Total - national) < 1e-6 && byGroup
                    && result.Cells.Select(c => c.Region).Distinct().Count() == MunicipalityHistory.Default.StructureOf(structure).Count;
            });

    [Property(MaxTest = 30)]
    public Property Harmonising_by_sex_conserves_national_totals_per_sex() =>
        Prop.ForAll(Gen.Choose(2020, 2025).ToArbitrary(), Gen.Choose(2018, 2026).ToArbitrary(), (year, structure) =>
        {
            var result = Table.Query(year, RegionLevel.Municipality, AgeGroupSet.Kostra, bySex: true, reference: PopulationReference.StartOfYear, structureYear: structure);
            return Sexes.All.All(sex =>
                Math.Abs(result.Cells.Where(c => c.Sex == sex).Sum(c => c.Population) - Table.NationalOnFirstJanuary(year, AgeGroup.All, sex).Value) < 1e-6);
        });

    [Fact]
    public void Code_sets_match_the_municipality_history()
    {
        for (var year = PopulationTable.FirstYear; year <= PopulationTable.LastYear; year++)
        {
            Assert.Equal(MunicipalityHistory.Default.StructureOf(year), Table.CodesIn(year));
        }
    }

    // Age 105 in SSB's data means 105 or older.
    private static AgeGroup Band(int age) => age == AgeGroup.TopAge ? AgeGroup.AtLeast(age) : AgeGroup.Between(age, age);

    [Fact]
    public void Bands_beyond_the_open_top_age_are_not_available()
    {
        Assert.False(Table.ForCountry(2021, AgeGroup.Between(100, 110)).IsAvailable);
        Assert.False(Table.ForCountry(2021, AgeGroup.Between(105, 105)).IsAvailable);
        Assert.Contains("105 and older", Table.ForCountry(2021, AgeGroup.AtLeast(110)).Missing, StringComparison.Ordinal);
        Assert.True(Table.ForCountry(2021, AgeGroup.AtLeast(105)).IsAvailable);
        Assert.True(Table.ForCountry(2021, AgeGroup.Between(90, 104)).IsAvailable);
    }

    private static readonly Lazy<string[]> CsvRows = new(() => EmbeddedData.ReadLines("population/population_municipality.csv.gz").ToArray());

    [Fact]
    public void Lookups_agree_with_the_csv_row_by_row()
    {
        var n = 0;
        foreach (var line in CsvRows.Value)
        {
            var f = line.Split(',');
            Sex? sex = f[2] switch { "male" => Sex.Male, "female" => Sex.Female, _ => null };
            var age = int.Parse(f[3]);
            var figure = Table.OnFirstJanuary(int.Parse(f[0]), C(f[1]), Band(age), sex);
            if (figure.Value != int.Parse(f[4]))
            {
                Assert.Fail($"row {n + 2}: {line} -> {figure}");
            }
            n++;
        }
        Assert.Equal(542_720, n);
    }

    [Property(MaxTest = 200)]
    public Property Unharmonised_municipality_denominator_equals_the_raw_rows() =>
        Prop.ForAll(Gen.Choose(0, 542_719).ToArbitrary(), index =>
        {
            var f = CsvRows.Value[index].Split(',');
            var year = int.Parse(f[0]);
            var age = int.Parse(f[3]);
            Sex? sex = f[2] switch { "male" => Sex.Male, "female" => Sex.Female, _ => null };
            var figure = Table.ForMunicipality(C(f[1]), year, Band(age), sex, PopulationReference.StartOfYear, structureYear: year);
            return figure.Value == int.Parse(f[4]);
        });

    [Fact]
    public void Missing_data_is_named_never_zero()
    {
        var sex2019 = Table.ForMunicipality(C("0301"), 2019, AgeGroup.All, Sex.Female, PopulationReference.StartOfYear);
        Assert.False(sex2019.IsAvailable);
        Assert.Contains("by sex for municipalities on 1 January 2019", sex2019.Missing, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => sex2019.Value);

        var end2025 = Table.ForCountry(2025, AgeGroup.All);
        Assert.False(end2025.IsAvailable);
        Assert.Contains("1 January 2026", end2025.Missing, StringComparison.Ordinal);

        var q = Table.Query(2018, RegionLevel.Helsefellesskap, AgeGroupSet.Kostra, bySex: true);
        Assert.False(q.IsAvailable);
        Assert.Empty(q.Cells);
        Assert.Contains("2019", q.Missing, StringComparison.Ordinal); // end of 2018 = 1 January 2019

        // The national file has sex for 2018-2019.
        Assert.True(Table.ForCountry(2018, AgeGroup.All, Sex.Male, PopulationReference.StartOfYear).IsAvailable);
        Assert.Equal(2_668_371, Table.ForCountry(2018, AgeGroup.All, Sex.Male, PopulationReference.StartOfYear).Value);
    }

    [Fact]
    public void Renumbered_and_merged_codes_carry_their_population()
    {
        // 1201 Bergen (2019) was renumbered 4601 in 2020: harmonising 2019 to the 2020 structure keeps the figure.
        var raw = Table.OnFirstJanuary(2019, C("1201"), AgeGroup.All).Value;
        Assert.Equal(raw, Table.ForMunicipality(C("4601"), 2019, AgeGroup.All, reference: PopulationReference.StartOfYear, structureYear: 2020).Value);
        // 4626 Øygarden (2020) = 1245 + 1246 + 1259 (2019).
        var parts = new[] { "1245", "1246", "1259" }.Sum(c => Table.OnFirstJanuary(2019, C(c), AgeGroup.All).Value);
        Assert.Equal(parts, Table.ForMunicipality(C("4626"), 2019, AgeGroup.All, reference: PopulationReference.StartOfYear, structureYear: 2020).Value, 6);
    }

    [Fact]
    public void Split_weights_come_from_the_population_and_sum_to_one()
    {
        var shares = Table.HarmonisationWeights(C("1507"), 2023, 2024);
        Assert.Equal([C("1508"), C("1580")], shares.Select(s => s.Code));
        Assert.Equal(1.0, shares.Sum(s => s.Weight), 12);
        var p1508 = Table.OnFirstJanuary(2024, C("1508"), AgeGroup.All).Value;
        var p1580 = Table.OnFirstJanuary(2024, C("1580"), AgeGroup.All).Value;
        Assert.Equal(p1508 / (p1508 + p1580), shares[0].Weight, 12);
        Assert.Single(Table.HarmonisationWeights(C("1201"), 2018, 2024));
        Assert.Equal(3, Table.HarmonisationWeights(C("5012"), 2019, 2024).Count);
    }

    [Fact]
    public void Single_record_rule_is_the_callers_choice()
    {
        Assert.Null(Table.HarmoniseRecord(C("5012"), 2019, 2020, SplitRule.Reject));
        var shares = Table.HarmonisationWeights(C("5012"), 2019, 2020);
        var largest = shares.OrderByDescending(s => s.Weight).First().Code;
        Assert.Equal(largest, Table.HarmoniseRecord(C("5012"), 2019, 2020, SplitRule.LargestShare));
        Assert.Equal(C("4601"), Table.HarmoniseRecord(C("1201"), 2019, 2024, SplitRule.Reject));
        Assert.Throws<ArgumentException>(() => Table.HarmoniseRecord(C("1201"), 2021, 2024, SplitRule.Reject));
    }

    [Fact]
    public void Haram_reversal_follows_territory_with_the_published_figures()
    {
        // Issue 13 / shared cases README: SSB's 1 January 2019 population in the 2024 structure is 1508 = 56 250 and
        // 1580 = 9 383 (Haram 1534 re-established with its old area as 1580 in 2024), not a population-weighted split.
        Assert.Equal(56_250, Table.ForMunicipality(C("1508"), 2019, AgeGroup.All, reference: PopulationReference.StartOfYear, structureYear: 2024).Value);
        Assert.Equal(9_383, Table.ForMunicipality(C("1580"), 2019, AgeGroup.All, reference: PopulationReference.StartOfYear, structureYear: 2024).Value);
        Assert.Equal(9_383, Table.OnFirstJanuary(2019, C("1534"), AgeGroup.All).Value);
        // Backward too: 1580's population of 2024 is 1534's in the 2019 structure, none of it goes to 1504.
        Assert.Equal(Table.OnFirstJanuary(2024, C("1580"), AgeGroup.All).Value,
            Table.ForMunicipality(C("1534"), 2024, AgeGroup.All, reference: PopulationReference.StartOfYear, structureYear: 2019).Value, 9);
        var weights = Assert.Single(Table.HarmonisationWeights(C("1534"), 2019, 2024));
        Assert.Equal((C("1580"), 1.0), (weights.Code, weights.Weight));
        Assert.Equal(C("1508"), Table.HarmoniseRecord(C("1504"), 2018, 2024, SplitRule.Reject));
        // 1507 of 2020-2023 carries no territory history: it stays divided by population weights.
        Assert.Equal(2, Table.HarmonisationWeights(C("1507"), 2021, 2024).Count);
    }
}
