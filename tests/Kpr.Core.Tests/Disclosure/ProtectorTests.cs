using System.Globalization;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Tests.Disclosure;

public class ProtectorTests
{
    private static CountTable OneWay(long[] parts, long[]? denominators = null)
    {
        var dim = TableDimension.WithTotal("group", "T", parts.Select((_, i) => $"g{i + 1}").ToArray());
        return CountTable.FromLeaves([dim], c => parts[int.Parse(c[0][1..]) - 1],
            denominators is null ? null : c => denominators[int.Parse(c[0][1..]) - 1]);
    }

    [Theory]
    [InlineData(3, 0, false)] // zeros are shown by default
    [InlineData(3, 1, true)]
    [InlineData(3, 2, true)] // SSB example: fewer than 3
    [InlineData(3, 3, false)]
    [InlineData(5, 4, true)] // KOSTRA: lower than 5
    [InlineData(5, 5, false)]
    public void Primary_rule_hides_counts_from_1_to_N_minus_1(int threshold, long count, bool hidden)
    {
        var reason = ProtectionOptions.Create(threshold).PrimaryReason(count, null);
        Assert.Equal(hidden ? SuppressionReason.SmallCount : SuppressionReason.None, reason);
    }

    [Fact]
    public void Presets_follow_SSB_and_KOSTRA()
    {
        Assert.Equal(3, ProtectionOptions.SsbExample.Threshold);
        Assert.Equal(5, ProtectionOptions.Kostra.Threshold);
        Assert.Equal(4, ProtectionOptions.Kostra.ProtectionIntervalWidth);
        Assert.False(ProtectionOptions.Kostra.HideZeros);
    }

    [Fact]
    public void Zeros_complements_and_denominators()
    {
        var options = ProtectionOptions.Create(5);
        Assert.Equal(SuppressionReason.Zero, options.WithHideZeros(true).PrimaryReason(0, 100));
        Assert.Equal(SuppressionReason.SmallComplement, options.PrimaryReason(97, 100)); // 3 of 100 do not have it
        Assert.Equal(SuppressionReason.None, options.PrimaryReason(100, 100)); // everyone: shown unless zeros hidden
        Assert.Equal(SuppressionReason.SmallComplement, options.WithHideZeros(true).PrimaryReason(100, 100));
        Assert.Equal(SuppressionReason.SmallDenominator, options.PrimaryReason(0, 4));
        Assert.Equal(SuppressionReason.None, options.WithDenominatorThreshold(0).WithComplementThreshold(0).PrimaryReason(0, 4));
        Assert.Equal(SuppressionReason.None, options.PrimaryReason(50, 100));
    }

    [Fact]
    public void A_single_small_cell_gets_a_partner_and_the_smallest_adequate_one()
    {
        // T = 2 + 30 + 7 + 60: hiding 2 alone gives it away through T; the partner must be at least the protection
        // interval (4), and the smallest such is 7.
        var table = OneWay([2, 30, 7, 60]);

        var result = TableProtector.Protect(table, ProtectionOptions.Kostra);

        Assert.Equal([table.CellIndex("g1"), table.CellIndex("g3")], result.HiddenCells);
        Assert.Equal(SuppressionReason.SmallCount, result.ReasonAt(table.CellIndex("g1")));
        Assert.Equal(SuppressionReason.Secondary, result.ReasonAt(table.CellIndex("g3")));
        Assert.True(result.Audit().IsSafe);
    }

    [Fact]
    public void Hidden_cells_print_as_colon_and_rates_from_them_are_suppressed()
    {
        var table = OneWay([2, 30, 7, 0], [100, 100, 100, 0]);
        var result = TableProtector.Protect(table, ProtectionOptions.Kostra.WithDenominatorThreshold(0));
        var g1 = table.CellIndex("g1");
        var g2 = table.CellIndex("g2");
        var g4 = table.CellIndex("g4");

        Assert.Equal(":", result.FormatCountAt(g1));
        Assert.Equal("30", result.FormatCountAt(g2));
        Assert.Equal(CellStatus.Suppressed, result.RateAt(g1, 1000).Status);
        Assert.Null(result.PublishedCountAt(g1).ValueOrNull);
        Assert.Equal("suppressed", result.StatusAt(g1).JsonFlag());
        Assert.Equal(300.0, result.RateAt(g2, 1000).ValueOrNull);
        Assert.Equal(".", result.RateAt(g4, 1000).ToString()); // zero denominator: cannot be computed
    }

    [Fact]
    public void Statuses_propagate_to_derived_values()
    {
        var shown = PublishedValue.Of(40);
        var earlier = PublishedValue.Of(32);
        Assert.Equal(25.0, shown.Combine(earlier, (now, then) => 100 * (now - then) / then).ValueOrNull);
        Assert.Equal(CellStatus.Suppressed, shown.Combine(PublishedValue.Suppressed, (a, b) => a - b).Status);
        Assert.Equal(CellStatus.Suppressed, PublishedValue.Missing.Combine(PublishedValue.Suppressed, (a, b) => a).Status);
        Assert.Equal(CellStatus.Missing, PublishedValue.Missing.Map(v => v * 2).Status);
        Assert.Equal(CellStatus.NotApplicable, PublishedValue.Ratio(shown, PublishedValue.Of(0)).Status);
        Assert.Equal("..", PublishedValue.Missing.ToString());
        Assert.Equal(":", CellStatus.Suppressed.Symbol());
        Assert.Equal(".", CellStatus.NotApplicable.Symbol());
        Assert.Equal("12,5", PublishedValue.Of(12.5).ToString("F1", CultureInfo.GetCultureInfo("nb-NO")));
        Assert.Equal(":", PublishedValue.Suppressed.ToString("F1", CultureInfo.GetCultureInfo("nb-NO")));
    }

    [Fact]
    public void Series_with_too_many_hidden_years_is_hidden_whole()
    {
        // Two regions over five years; region A has one small year (1/5 = 0.2, not more than 0.2: kept),
        // region B two small years (0.4 > 0.2: the whole series is hidden).
        var region = TableDimension.WithTotal("region", "T", "A", "B");
        var year = TableDimension.Independent("year", "2020", "2021", "2022", "2023", "2024");
        var a = new long[] { 40, 2, 44, 41, 39 };
        var b = new long[] { 3, 50, 2, 48, 52 };
        var table = CountTable.FromLeaves([region, year], c => (c[0] == "A" ? a : b)[int.Parse(c[1]) - 2020]);

        var result = TableProtector.Protect(table, ProtectionOptions.Kostra.WithSeries(SeriesRule.FhiHistoric("year", 0)));

        foreach (var y in year.Categories)
        {
            Assert.True(result.IsHidden(table.CellIndex("B", y)));
        }
        Assert.Equal(3, result.CountHidden(SuppressionReason.Series));
        Assert.False(result.IsHidden(table.CellIndex("A", "2020")) && result.ReasonAt(table.CellIndex("A", "2020")) == SuppressionReason.Series);
        Assert.True(result.Audit().IsSafe);
    }

    [Fact]
    public void Weak_share_hides_a_series()
    {
        var year = TableDimension.Independent("year", "2022", "2023", "2024");
        var group = TableDimension.WithTotal("group", "T", "x", "y");
        var table = CountTable.FromLeaves([group, year], c => c[0] == "x" ? 8 : 100);

        var rule = SeriesRule.Create("year", maxHiddenShare: 0.2, maxWeakShare: 0.5, weakBelow: 10);
        var result = TableProtector.Protect(table, ProtectionOptions.Kostra.WithSeries(rule));

        Assert.All(year.Categories, y => Assert.Equal(SuppressionReason.Series, result.ReasonAt(table.CellIndex("x", y))));
        Assert.True(result.Audit().IsSafe);
    }

    [Fact]
    public void National_shape_with_hierarchy_sex_and_age_is_protected_and_safe()
    {
        var region = TableDimension.Hierarchy("region",
        [
            ("0", null), ("R1", "0"), ("H1", "R1"), ("H2", "R1"), ("R2", "0"), ("H3", "R2"), ("H4", "R2"), ("H5", "R2"),
        ]);
        var age = TableDimension.WithTotal("age", "total", "0-17", "18-49", "50-66", "67-79", "80+");
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        var random = new Random(7);
        var table = CountTable.FromLeaves([region, age, sex], _ => random.Next(10) < 3 ? random.Next(0, 5) : random.Next(5, 200));

        var result = TableProtector.Protect(table, ProtectionOptions.Kostra);

        Assert.True(result.Audit().IsSafe);
        Assert.Empty(DisclosureTestTables.DeterminedByOracle(table, result.HiddenCells));
        Assert.True(result.CountHidden(SuppressionReason.SmallCount) > 0);
        Assert.True(result.CountHidden(SuppressionReason.Secondary) > 0);
        Assert.False(result.IsHidden(table.CellIndex("0", "total", "0"))); // the grand total stays
    }

    [Fact]
    public void Non_additive_dimension_adds_no_sum_relation()
    {
        // Distinct persons: 6 in total although the groups count 4 + 5 (persons in both groups count once).
        var group = TableDimension.WithTotal("service group", "total", "a", "b").AsNonAdditive();
        var table = CountTable.Create([group], [6, 4, 5]);

        Assert.Empty(table.FindInconsistencies());
        var result = TableProtector.Protect(table, ProtectionOptions.Kostra);

        Assert.Equal([table.CellIndex("a")], result.HiddenCells); // no relation exposes it, so no partner is needed
        Assert.Throws<ArgumentException>(() => TableProtector.Protect(CountTable.Create([TableDimension.WithTotal("g", "t", "a", "b")], [6, 4, 5]), ProtectionOptions.Kostra));
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_clear_message()
    {
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => CountTable.Create([sex], [1, -1, 2])).Message);
        Assert.Contains("above its denominator", Assert.Throws<ArgumentException>(() => CountTable.Create([sex], [5, 2, 3], [5, 1, 4])).Message);
        Assert.Contains("3 cells", Assert.Throws<ArgumentException>(() => CountTable.Create([sex], [1, 2])).Message);
        Assert.Throws<ArgumentException>(() => TableDimension.WithTotal("x", "t", "a", "a"));
        Assert.Throws<ArgumentException>(() => TableDimension.Hierarchy("x", [("a", "b"), ("b", null)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProtectionOptions.Create(0));
        Assert.Throws<ArgumentException>(() => TableProtector.Protect(CountTable.Create([sex], [3, 1, 2]),
            ProtectionOptions.Kostra.WithSeries(SeriesRule.FhiHistoric("year", 5))));
        Assert.Throws<ArgumentNullException>(() => TableProtector.Protect(null!, ProtectionOptions.Kostra));
    }

    [Fact]
    public void Cells_are_addressed_by_codes_row_major()
    {
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        var year = TableDimension.Independent("year", "2023", "2024");
        var table = CountTable.FromLeaves([sex, year], c => c[0] == "1" ? 3 : 4);

        Assert.Equal(6, table.CellCount);
        Assert.Equal(3, table.CellIndex("1", "2024"));
        Assert.Equal(["1", "2024"], table.CodesOf(3));
        Assert.Equal(7, table.CountAt(table.CellIndex("0", "2023")));
    }
}
