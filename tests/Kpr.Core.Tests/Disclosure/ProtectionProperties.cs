using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Tests.Disclosure;

/// <summary>A random table with margins (2–3 dimensions: totals, a two-level hierarchy, or years side by side).</summary>
public sealed record TableCase(CountTable Table, int Threshold, string Description)
{
    public override string ToString() => $"{Description}, N={Threshold}";
}

public static class DisclosureArbitraries
{
    private static Gen<(TableDimension Dim, string Text)> Dimension(int index) =>
        Gen.Frequency(
            (6, Gen.Choose(2, 4).Select(k => (TableDimension.WithTotal($"d{index}", "T", Enumerable.Range(1, k).Select(i => $"p{i}").ToArray()), $"total+{k}"))),
            (2, Gen.Constant((TableDimension.Hierarchy($"d{index}", [("T", null), ("A", "T"), ("a1", "A"), ("a2", "A"), ("B", "T"), ("b1", "B"), ("b2", "B")]), "hierarchy 1/2/4"))),
            (1, Gen.Choose(2, 3).Select(k => (TableDimension.Independent($"d{index}", Enumerable.Range(1, k).Select(i => $"y{i}").ToArray()), $"independent {k}"))));

    private static readonly Gen<long> LeafCount = Gen.Frequency(
        (3, Gen.Choose(1, 4).Select(v => (long)v)),
        (2, Gen.Constant(0L)),
        (5, Gen.Choose(5, 60).Select(v => (long)v)));

    public static Arbitrary<TableCase> TableCases() =>
        (from dimensionCount in Gen.Choose(2, 3)
         from d0 in Dimension(0)
         from d1 in Dimension(1)
         from d2 in Dimension(2)
         let dims = new[] { d0, d1, d2 }.Take(dimensionCount)
         from seeds in LeafCount.ArrayOf(400)
         from extras in Gen.Choose(0, 40).ArrayOf(400)
         from withDenominators in Gen.Elements(false, true)
         from threshold in Gen.Elements(3, 5)
         select Build(dims.ToArray(), seeds, extras, withDenominators, threshold)).ToArbitrary();

    private static TableCase Build((TableDimension Dim, string Text)[] dims, long[] seeds, int[] extras, bool withDenominators, int threshold)
    {
        var next = 0;
        var leaves = new Dictionary<string, (long Count, long Denominator)>();
        (long, long) Leaf(IReadOnlyList<string> codes)
        {
            var key = string.Join("|", codes);
            if (!leaves.TryGetValue(key, out var v))
            {
                var c = seeds[next % seeds.Length];
                v = (c, c + extras[next % extras.Length]);
                next++;
                leaves[key] = v;
            }
            return v;
        }
        var table = CountTable.FromLeaves(dims.Select(d => d.Dim), c => Leaf(c).Item1,
            withDenominators ? c => Leaf(c).Item2 : null);
        var text = string.Join(" x ", dims.Select(d => d.Text)) + (withDenominators ? " with denominators" : "")
            + " leaves [" + string.Join(",", leaves.Values.Select(v => v.Count)) + "]";
        return new TableCase(table, threshold, text);
    }
}

[Properties(Arbitrary = [typeof(DisclosureArbitraries)], MaxTest = 40)]
public class ProtectionProperties
{
    [Property]
    public bool No_shown_count_lies_in_1_to_N_minus_1(TableCase c)
    {
        var result = TableProtector.Protect(c.Table, ProtectionOptions.Create(c.Threshold));
        return Enumerable.Range(0, c.Table.CellCount)
            .Where(cell => !result.IsHidden(cell))
            .All(cell => c.Table.CountAt(cell) == 0 || c.Table.CountAt(cell) >= c.Threshold);
    }

    [Property]
    public bool The_audit_finds_no_determined_hidden_cell(TableCase c)
    {
        var result = TableProtector.Protect(c.Table, ProtectionOptions.Create(c.Threshold));
        return result.Audit().IsSafe
            && DisclosureAuditor.Audit(c.Table, result.HiddenCells, 0).IsSafe
            && DisclosureTestTables.DeterminedByOracle(c.Table, result.HiddenCells).Count == 0;
    }

    [Property]
    public bool Protecting_twice_changes_nothing(TableCase c)
    {
        var once = TableProtector.Protect(c.Table, ProtectionOptions.Create(c.Threshold));
        var twice = TableProtector.Protect(once);
        var again = TableProtector.Protect(c.Table, ProtectionOptions.Create(c.Threshold), once.HiddenCells);
        return once.HiddenCells.SequenceEqual(twice.HiddenCells)
            && once.HiddenCells.SequenceEqual(again.HiddenCells)
            && Enumerable.Range(0, c.Table.CellCount).All(cell => once.ReasonAt(cell) == twice.ReasonAt(cell));
    }

    [Property]
    public bool Hidden_cells_are_a_superset_of_the_primary_ones(TableCase c)
    {
        var options = ProtectionOptions.Create(c.Threshold);
        var result = TableProtector.Protect(c.Table, options);
        return TableProtector.PrimaryCells(c.Table, options).All(result.IsHidden)
            && TableProtector.PrimaryCells(c.Table, options).All(result.IsPrimary);
    }

    [Property]
    public bool Primary_cells_get_the_protection_interval_from_propagated_bounds(TableCase c)
    {
        var options = ProtectionOptions.Create(c.Threshold);
        var result = TableProtector.Protect(c.Table, options);
        var primary = result.HiddenCells.Where(result.IsPrimary).ToList();
        return DisclosureAuditor.Audit(c.Table, result.HiddenCells, primary, options.ProtectionIntervalWidth).IsSafe;
    }

    [Property]
    public bool With_zeros_hidden_no_shown_count_is_below_N_and_the_audit_is_clean(TableCase c)
    {
        var options = ProtectionOptions.Create(c.Threshold).WithHideZeros(true);
        var result = TableProtector.Protect(c.Table, options);
        return result.Audit().IsSafe
            && Enumerable.Range(0, c.Table.CellCount).Where(cell => !result.IsHidden(cell)).All(cell =>
                c.Table.CountAt(cell) >= c.Threshold
                && (c.Table.DenominatorAt(cell) is not { } n || n - c.Table.CountAt(cell) >= c.Threshold));
    }

    [Property(MaxTest = 40)]
    public Property Exact_engine_agrees_with_an_SVD_rank_oracle_on_random_hidden_sets(TableCase c, int seed)
    {
        var random = new Random(seed);
        var hidden = Enumerable.Range(0, c.Table.CellCount).Where(_ => random.NextDouble() < 0.3).ToList();
        var engine = DisclosureAuditor.Audit(c.Table, hidden, 0).Findings.Select(f => f.Cell).ToHashSet();
        var oracle = DisclosureTestTables.DeterminedByOracle(c.Table, hidden);
        return engine.SetEquals(oracle).Label($"engine [{string.Join(",", engine)}] oracle [{string.Join(",", oracle)}]")
            .Classify(oracle.Count > 0, "some determined");
    }

    [Property]
    public bool Series_suppression_hides_whole_lines_and_stays_safe(TableCase c)
    {
        var years = c.Table.Dimensions[^1].Name;
        var options = ProtectionOptions.Create(c.Threshold).WithSeries(SeriesRule.FhiHistoric(years, 2 * c.Threshold));
        var result = TableProtector.Protect(c.Table, options);
        return result.Audit().IsSafe
            && Enumerable.Range(0, c.Table.CellCount).All(cell => result.ReasonAt(cell) != SuppressionReason.Series || result.IsHidden(cell));
    }
}

public class ModularScreenProperties
{
    [Property(MaxTest = 20)]
    public Property Modular_screen_agrees_with_exact_reduction(int seed, bool hierarchy)
    {
        var random = new Random(seed);
        var first = hierarchy
            ? TableDimension.Hierarchy("area", [("T", null), ("A", "T"), ("a1", "A"), ("a2", "A"), ("a3", "A"), ("B", "T"), ("b1", "B"), ("b2", "B")])
            : TableDimension.WithTotal("area", "T", "a1", "a2", "a3", "a4", "a5");
        var table = CountTable.FromLeaves(
            [first, TableDimension.WithTotal("age", "T", "1", "2", "3", "4"), TableDimension.WithTotal("sex", "0", "1", "2")],
            _ => random.Next(0, 30));
        var share = 0.2 + random.NextDouble() * 0.5;
        var hidden = Enumerable.Range(0, table.CellCount).Select(_ => random.NextDouble() < share).ToArray();
        var system = new SumSystem(table);

        var exact = system.DeterminedCells(hidden, exact: true);
        var screened = system.DeterminedCells(hidden, exact: false, screenAbove: 0);

        return exact.SequenceEqual(screened).Label($"exact [{string.Join(",", exact)}] screened [{string.Join(",", screened)}]")
            .Classify(exact.Count > 0, "some determined");
    }
}
