using Kpr.Core.Disclosure;

namespace Kpr.Core.Tests.Disclosure;

public class AuditTests
{
    // 4×4 interior with totals. Hidden: the 2×2 block r1-r2 × c1-c2, the 2×2 block r3-r4 × c3-c4, and r1c3 linking
    // them. Every row and every column has at least two hidden cells, so a margin-by-margin check passes, yet
    // r1c3 follows exactly: (r1 + r2 totals) − (shown cells of rows 1–2) − (c1 + c2 column sums of rows 1–2).
    private static readonly long[,] Classic =
    {
        { 2, 1, 3, 9 },
        { 4, 2, 8, 7 },
        { 6, 5, 1, 2 },
        { 9, 8, 3, 1 },
    };

    private static readonly (int Row, int Col)[] ClassicHidden = [(1, 1), (1, 2), (2, 1), (2, 2), (3, 3), (3, 4), (4, 3), (4, 4), (1, 3)];

    private static int Cell(CountTable table, int row, int col) => table.CellIndex($"r{row}", $"c{col}");

    [Fact]
    public void Classic_4x4_pattern_passes_margin_by_margin_but_the_audit_finds_the_determined_cell()
    {
        var table = DisclosureTestTables.TwoWay(Classic);
        var hidden = ClassicHidden.Select(p => Cell(table, p.Row, p.Col)).ToList();

        // Margin by margin it looks safe: no row or column of the table has exactly one hidden cell.
        foreach (var (total, parts) in DisclosureTestTables.Relations(table))
        {
            var hiddenInRelation = parts.Append(total).Count(hidden.Contains);
            Assert.NotEqual(1, hiddenInRelation);
        }

        var report = DisclosureAuditor.Audit(table, hidden, 0);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(Cell(table, 1, 3), finding.Cell);
        Assert.Equal(ExposureKind.Determined, finding.Kind);
        Assert.Equal(3, finding.Lower);
        Assert.Equal(3, finding.Upper);
        Assert.Equal(["r1", "c3"], finding.Codes);
        Assert.False(report.IsSafe);
        Assert.Equal(DisclosureTestTables.DeterminedByOracle(table, hidden), report.Findings.Select(f => f.Cell).ToHashSet());
    }

    [Fact]
    public void Classic_4x4_pattern_is_repaired_by_protection()
    {
        var table = DisclosureTestTables.TwoWay(Classic);
        var hidden = ClassicHidden.Select(p => Cell(table, p.Row, p.Col)).ToList();

        var protectedTable = TableProtector.Protect(table, ProtectionOptions.Create(1).WithProtectionIntervalWidth(0), hidden);

        Assert.Superset(hidden.ToHashSet(), protectedTable.HiddenCells.ToHashSet());
        Assert.True(protectedTable.Audit().IsSafe);
        Assert.Empty(DisclosureTestTables.DeterminedByOracle(table, protectedTable.HiddenCells));
    }

    [Fact]
    public void A_single_hidden_cell_in_a_row_is_determined_by_its_total()
    {
        var table = DisclosureTestTables.TwoWay(new long[,] { { 2, 10 }, { 7, 8 } });

        var report = DisclosureAuditor.Audit(table, [Cell(table, 1, 1)], 0);

        Assert.Equal(ExposureKind.Determined, Assert.Single(report.Findings).Kind);
    }

    [Fact]
    public void A_rectangle_of_four_hidden_cells_is_undetermined_but_can_be_narrow()
    {
        var table = DisclosureTestTables.TwoWay(new long[,] { { 1, 2, 30 }, { 2, 1, 40 } });
        int[] hidden = [Cell(table, 1, 1), Cell(table, 1, 2), Cell(table, 2, 1), Cell(table, 2, 2)];

        Assert.True(DisclosureAuditor.Audit(table, hidden, 0).IsSafe);

        // r1c1 + r1c2 = 3 and r1c1 + r2c1 = 3: every hidden cell lies in [0, 3], narrower than 4.
        var narrow = DisclosureAuditor.Audit(table, hidden, 4);
        Assert.Equal(4, narrow.Findings.Count);
        Assert.All(narrow.Findings, f =>
        {
            Assert.Equal(ExposureKind.NarrowInterval, f.Kind);
            Assert.Equal(0, f.Lower);
            Assert.Equal(3, f.Upper);
        });
    }

    [Fact]
    public void Hidden_totals_in_a_hierarchy_are_checked_against_every_level()
    {
        // country > 2 regions > 2 areas each; hiding one area and its region gives both away through the country total.
        var region = TableDimension.Hierarchy("region",
            [("NO", null), ("R1", "NO"), ("a1", "R1"), ("a2", "R1"), ("R2", "NO"), ("a3", "R2"), ("a4", "R2")]);
        var sex = TableDimension.WithTotal("sex", "0", "1", "2");
        var counts = new Dictionary<string, (long, long)> { ["a1"] = (2, 9), ["a2"] = (20, 25), ["a3"] = (30, 31), ["a4"] = (40, 41) };
        var table = CountTable.FromLeaves([region, sex], c => c[1] == "1" ? counts[c[0]].Item1 : counts[c[0]].Item2);
        int[] hidden = [table.CellIndex("a1", "1"), table.CellIndex("a2", "1")];

        var report = DisclosureAuditor.Audit(table, hidden, 0);

        // R1 male total is shown, but a1 male = a1 total − a1 female, so both are determined.
        Assert.Equal(2, report.Determined.Count());
        Assert.Equal(DisclosureTestTables.DeterminedByOracle(table, hidden), report.Findings.Select(f => f.Cell).ToHashSet());
    }

    [Fact]
    public void Audit_rejects_an_inconsistent_table()
    {
        var dims = new[] { TableDimension.WithTotal("sex", "0", "1", "2") };
        var table = CountTable.Create(dims, [10, 3, 4]);

        var error = Assert.Throws<ArgumentException>(() => DisclosureAuditor.Audit(table, [1], 0));
        Assert.Contains("sum", error.Message);
    }

    [Fact]
    public void Audit_rejects_cell_numbers_outside_the_table()
    {
        var table = DisclosureTestTables.TwoWay(new long[,] { { 1, 2 } });
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureAuditor.Audit(table, [99], 0));
    }
}
