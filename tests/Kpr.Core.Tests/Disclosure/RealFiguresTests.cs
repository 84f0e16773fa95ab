using Kpr.Core.Disclosure;
using Kpr.Core.Population;
using Kpr.Core.Regions;

namespace Kpr.Core.Tests.Disclosure;

/// <summary>Protection of a table built from real figures: residents aged 90 and over on 1 January 2024 (SSB 07459,
/// embedded) in the eight municipalities with the fewest of them, by sex, with totals.</summary>
public class RealFiguresTests
{
    private static CountTable SmallMunicipalities90Plus(out IReadOnlyList<MunicipalityCode> codes)
    {
        var population = PopulationTable.Default;
        var ninety = AgeGroup.AtLeast(90);
        long Count(MunicipalityCode code, Sex? sex) => (long)population.OnFirstJanuary(2024, code, ninety, sex).Value;
        codes = population.CodesIn(2024).OrderBy(c => Count(c, null)).ThenBy(c => c.Value).Take(8).ToList();
        var selected = codes;
        var area = TableDimension.WithTotal("municipality", "total", selected.Select(c => c.ToString()).ToArray());
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        return CountTable.FromLeaves([area, sex], k =>
            Count(selected.Single(c => c.ToString() == k[0]), k[1] == "1" ? Sex.Male : Sex.Female));
    }

    [Fact]
    public void Small_municipalities_aged_90_plus_are_protected_without_giving_any_cell_away()
    {
        var table = SmallMunicipalities90Plus(out _);
        var primary = TableProtector.PrimaryCells(table, ProtectionOptions.Kostra);

        var result = TableProtector.Protect(table, ProtectionOptions.Kostra);

        Assert.NotEmpty(primary); // the smallest municipalities have fewer than 5 residents aged 90+ of some sex
        Assert.All(primary, c => Assert.True(result.IsHidden(c)));
        Assert.True(result.Audit().IsSafe);
        Assert.Empty(DisclosureTestTables.DeterminedByOracle(table, result.HiddenCells));
        Assert.All(Enumerable.Range(0, table.CellCount).Where(c => !result.IsHidden(c)),
            c => Assert.False(table.CountAt(c) is >= 1 and < 5));
        Assert.Equal(table.CountAt(table.CellIndex("total", "0")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            result.FormatCountAt(table.CellIndex("total", "0")));
    }
}
