using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Regions;

namespace Kpr.Core.Tests.Regions;

public class HarmonisationTests
{
    private static readonly MunicipalityHistory History = MunicipalityHistory.Default;

    private static MunicipalityCode C(string text) => MunicipalityCode.Parse(text);

    private static Gen<int> Year => Gen.Choose(MunicipalityHistory.FirstStructureYear, MunicipalityHistory.LastStructureYear);

    private static Gen<(int Year, MunicipalityCode Code)> CodeInYear =>
        Year.SelectMany(y => Gen.Elements(History.StructureOf(y).ToArray()).Select(c => (y, c)));

    [Property(MaxTest = 300)]
    public Property Targets_are_valid_in_the_target_structure() =>
        Prop.ForAll(CodeInYear.ToArbitrary(), Year.ToArbitrary(), (source, to) =>
        {
            var structure = History.StructureOf(to);
            var mapping = History.Harmonise(source.Code, source.Year, to);
            return mapping.Targets.Count > 0 && mapping.Targets.All(structure.Contains);
        });

    [Property(MaxTest = 300)]
    public Property Monotone_chains_compose() =>
        Prop.ForAll(CodeInYear.ToArbitrary(), Year.ToArbitrary(), Year.ToArbitrary(), (source, a, b) =>
        {
            // source year -> mid -> end with mid between source and end (both directions).
            var years = new[] { source.Year, a, b };
            var end = b;
            var mid = a;
            if (!((source.Year <= mid && mid <= end) || (source.Year >= mid && mid >= end)))
            {
                return true;
            }
            // Territory is followed on the direct path; a middle structure that merged the area (1534 -> 1507 in
            // 2020-2023) forgets it, so going through it can only be coarser, never different.
            var direct = History.Harmonise(source.Code, source.Year, end).Targets;
            var viaMid = History.Harmonise(source.Code, source.Year, mid).Targets
                .SelectMany(m => History.Harmonise(m, mid, end).Targets).Distinct().Order().ToArray();
            var throughMergedTerritory = viaMid.Length > direct.Count && History.Harmonise(source.Code, source.Year, mid).Targets.Contains(C("1507"));
            return direct.All(viaMid.Contains) && (direct.SequenceEqual(viaMid) || throughMergedTerritory);
        });

    [Fact]
    public void Every_structure_is_covered_by_harmonising_any_other()
    {
        for (var from = MunicipalityHistory.FirstStructureYear; from <= MunicipalityHistory.LastStructureYear; from++)
        {
            for (var to = MunicipalityHistory.FirstStructureYear; to <= MunicipalityHistory.LastStructureYear; to++)
            {
                var reached = History.StructureOf(from).SelectMany(c => History.Harmonise(c, from, to).Targets).ToHashSet();
                Assert.True(reached.SetEquals(History.StructureOf(to)), $"{from} -> {to}");
            }
        }
    }

    [Fact]
    public void Same_year_is_identity()
    {
        foreach (var code in History.StructureOf(2021))
        {
            Assert.Equal(code, History.Harmonise(code, 2021, 2021).Single);
        }
    }

    [Theory]
    [InlineData("1201", 2018, 2024, "4601")]
    [InlineData("0101", 2018, 2024, "3101")]
    [InlineData("0101", 2019, 2020, "3001")]
    [InlineData("3101", 2024, 2018, "0101")]
    [InlineData("4601", 2024, 2018, "1201")]
    [InlineData("1601", 2017, 2018, "5001")]
    [InlineData("5001", 2024, 2017, "1601|1662")]
    [InlineData("1567", 2018, 2019, "5061")]
    [InlineData("1141", 2019, 2020, "1103")]
    [InlineData("1508", 2024, 2020, "1507")]
    [InlineData("5055", 2020, 2019, "5011|5012|1571")]
    [InlineData("5012", 2019, 2020, "5055|5056|5059")]
    [InlineData("1850", 2019, 2024, "1806|1875")]
    [InlineData("1507", 2023, 2024, "1508|1580")]
    [InlineData("4626", 2020, 2019, "1245|1246|1259")]
    // Haram 1534 merged into Ålesund 1507 in 2020 and was re-established with its old area as 1580 in 2024.
    [InlineData("1534", 2019, 2024, "1580")]
    [InlineData("1534", 2018, 2026, "1580")]
    [InlineData("1504", 2019, 2024, "1508")]
    [InlineData("1523", 2019, 2024, "1508")]
    [InlineData("1529", 2019, 2024, "1508")]
    [InlineData("1546", 2019, 2024, "1508")]
    [InlineData("1534", 2019, 2023, "1507")]
    [InlineData("1580", 2024, 2019, "1534")]
    [InlineData("1508", 2024, 2019, "1504|1523|1529|1546")]
    [InlineData("1580", 2024, 2020, "1507")]
    [InlineData("1507", 2020, 2024, "1508|1580")]
    // The other splits in the data re-create nothing: their successors are divided.
    [InlineData("1850", 2019, 2020, "1806|1875")]
    [InlineData("1806", 2020, 2019, "1805|1850|1854")]
    public void Examples(string code, int from, int to, string expected)
    {
        var mapping = History.Harmonise(C(code), from, to);
        var expectedCodes = expected.Split('|').Select(C).Order().ToArray();
        Assert.Equal(expectedCodes, mapping.Targets);
        Assert.Equal(expectedCodes.Length > 1, mapping.IsAmbiguous);
    }

    [Fact]
    public void Split_refuses_a_single_code_and_says_why()
    {
        var mapping = History.Harmonise(C("5012"), 2019, 2024);
        var e = Assert.Throws<InvalidOperationException>(() => mapping.Single);
        Assert.Contains("5055 | 5056 | 5059", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_not_valid_in_the_source_year_is_an_error()
    {
        var e = Assert.Throws<ArgumentException>(() => History.Harmonise(C("1201"), 2021, 2024));
        Assert.Contains("became 4601 Bergen", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => History.Harmonise(C("4601"), 2021, 2030));
    }

    [Property(MaxTest = 300)]
    public Property Forward_then_back_returns_to_the_source_when_the_area_was_never_divided() =>
        Prop.ForAll(CodeInYear.ToArbitrary(), Year.ToArbitrary(), (source, to) =>
        {
            var forward = History.Harmonise(source.Code, source.Year, to);
            return forward.IsAmbiguous
                || History.Harmonise(forward.Single, to, source.Year).Targets.Contains(source.Code);
        });

    [Fact]
    public void Every_split_in_the_data_is_either_a_territory_reversal_or_divided()
    {
        // The list of splits (docs/methods.md, "Reversals and splits"): only the 2024 Ålesund/Haram split re-creates
        // earlier municipalities; Snillfjord and Tysfjord (2020) are genuine divisions.
        var splits = History.Changes.Where(c => c.Kind == MunicipalityChangeKind.Split)
            .Select(c => $"{c.Date.Year} {c.OldCode}->{c.NewCode} [{string.Join(";", c.Territory)}]").ToArray();
        Assert.Equal(
            ["2020 1850->1806 []", "2020 1850->1875 []", "2020 5012->5055 []", "2020 5012->5056 []", "2020 5012->5059 []",
             "2024 1507->1508 [1504;1523;1529;1546]", "2024 1507->1580 [1534]"],
            splits);
    }
}
