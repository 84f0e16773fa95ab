using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Aggregation;

namespace Kpr.Core.Tests.Aggregation;

public class CountingPropertyTests
{
    private static Arbitrary<ViewEpisode[]> Registers => RegisterGen.Arb();

    private static Arbitrary<int[]> AxisChoice => Gen.Choose(0, 8).ArrayOf().Select(a => a.Take(3).ToArray()).ToArbitrary();

    private static Arbitrary<int> Years => Gen.Choose(2017, 2021).ToArbitrary();

    [Property(MaxTest = 150)]
    public Property Recipients_agree_with_the_LINQ_reference() =>
        Prop.ForAll(Registers, AxisChoice, Gen.Choose(2017, 2021).Zip(Gen.Elements(true, false)).ToArbitrary(), (register, which, ya) =>
        {
            var (year, atYearEnd) = ya;
            var view = CountingViewBuilder.Build(register);
            var axes = CountingHarness.Axes(which, view, year, year);
            var w = CountingHarness.Window(atYearEnd, year);
            var cube = CountingHarness.Persons(view, w, axes);
            var expected = LinqReference.Persons(register, w.From, w.To, w.Year, axes, _ => true, out var lost);
            return (cube.Cells.SequenceEqual(expected) && cube.Unclassified == lost).Label($"axes {string.Join(",", axes.Select(a => a.Axis.Name))}");
        });

    [Property(MaxTest = 150)]
    public Property Starts_agree_with_the_LINQ_reference() =>
        Prop.ForAll(Registers, AxisChoice, Years, (register, which, year) =>
        {
            var view = CountingViewBuilder.Build(register);
            var axes = CountingHarness.Axes(which, view, year - 1, year).Append(TestAxes.Month(year - 1, year)).ToArray();
            var cube = CountingHarness.Starts(view, year - 1, year, axes);
            var expected = LinqReference.Starts(register, new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31), axes, _ => true, out var lost);
            return (cube.Cells.SequenceEqual(expected) && cube.Unclassified == lost).Label($"axes {string.Join(",", axes.Select(a => a.Axis.Name))}");
        });

    [Property(MaxTest = 100)]
    public Property Margins_agree_with_cells() =>
        Prop.ForAll(Registers, AxisChoice, Years, (register, which, year) =>
        {
            var view = CountingViewBuilder.Build(register);
            var axes = CountingHarness.Axes(which, view, year, year);
            var persons = CountingHarness.Persons(view, CountingHarness.Window(false, year), axes);
            var starts = CountingHarness.Starts(view, year, year, axes);
            var ok = true;
            for (var d = 0; d < axes.Length; d++)
            {
                var service = axes[d].IsServiceAxis;
                foreach (var (total, cells) in Lines(persons, d))
                {
                    // Person attributes partition persons: the margin is the sum. Service axes: a person with services
                    // in several cells is counted once in the margin, so max cell <= margin <= sum of cells.
                    ok &= service ? total >= (cells.Count == 0 ? 0 : cells.Max()) && total <= cells.Sum() : total == cells.Sum();
                }
                foreach (var (total, cells) in Lines(starts, d))
                {
                    ok &= total == cells.Sum();
                }
            }
            return ok;
        });

    [Property(MaxTest = 100)]
    public Property Counting_partitions_and_merging_gives_the_whole() =>
        Prop.ForAll(Registers, AxisChoice, Gen.Choose(1, 4).ToArbitrary(), (register, which, parts) =>
        {
            var whole = CountingViewBuilder.Build(register);
            var axesWhole = CountingHarness.Axes(which.Where(w => w != 5), whole, 2019, 2019);
            var cubes = register.GroupBy(e => (int)(e.Person % parts))
                .Select(g => CountingHarness.Persons(CountingViewBuilder.Build(g), CountingHarness.Window(false, 2019), axesWhole))
                .ToList();
            var expected = CountingHarness.Persons(whole, CountingHarness.Window(false, 2019), axesWhole);
            var merged = cubes.Aggregate(Cube.Empty(CountKind.DistinctPersons, axesWhole.Select(a => a.Axis)), (a, b) => a.Merge(b));
            return merged.Equals(expected);
        });

    [Property(MaxTest = 100)]
    public Property Merge_is_associative_and_commutative_with_identity() =>
        Prop.ForAll(Registers, Registers, Registers, (a, b, c) =>
        {
            var axes = new[] { TestAxes.ServiceGroup(), TestAxes.AgeGroup() };
            Cube Count(ViewEpisode[] r) => CountingHarness.Persons(CountingViewBuilder.Build(r), CountingHarness.Window(true, 2019), axes);
            var (x, y, z) = (Count(a), Count(b), Count(c));
            var empty = Cube.Empty(CountKind.DistinctPersons, axes.Select(k => k.Axis));
            return x.Merge(y).Merge(z).Equals(x.Merge(y.Merge(z)))
                && x.Merge(y).Equals(y.Merge(x))
                && empty.Merge(x).Equals(x) && x.Merge(empty).Equals(x)
                && Cube.MergeAll([x, y, z]).Equals(x.Merge(y).Merge(z));
        });

    [Property(MaxTest = 100)]
    public Property Shuffling_the_input_changes_nothing() =>
        Prop.ForAll(Registers.Generator.SelectMany(r => Gen.Shuffle(r).Select(s => (r, s.ToArray()))).ToArbitrary(), pair =>
        {
            var (original, shuffled) = pair;
            var axesFor = (CountingView v) => new[] { TestAxes.Bistandsbehov(), TestAxes.Region(v, 2019, 2020), TestAxes.ServiceCode() };
            var v1 = CountingViewBuilder.Build(original);
            var v2 = CountingViewBuilder.Build(shuffled);
            return CountingHarness.Persons(v1, CountingHarness.Window(false, 2020), axesFor(v1))
                       .Equals(CountingHarness.Persons(v2, CountingHarness.Window(false, 2020), axesFor(v2)))
                && CountingHarness.Starts(v1, 2019, 2020, axesFor(v1)).Equals(CountingHarness.Starts(v2, 2019, 2020, axesFor(v2)));
        });

    [Property(MaxTest = 100)]
    public Property A_person_is_never_counted_twice_in_a_cell() =>
        Prop.ForAll(Registers, AxisChoice, Years, (register, which, year) =>
        {
            // Repeating every decision with another scope (hours) gives the same persons more services in the same
            // cells: the recipient counts must not move.
            var doubled = register.Concat(register.Select(e => e with { Hours = (e.Hours ?? 0) + 1000 })).ToArray();
            var v1 = CountingViewBuilder.Build(register);
            var v2 = CountingViewBuilder.Build(doubled);
            var w = CountingHarness.Window(false, year);
            var c1 = CountingHarness.Persons(v1, w, CountingHarness.Axes(which, v1, year, year));
            var c2 = CountingHarness.Persons(v2, w, CountingHarness.Axes(which, v2, year, year));
            var persons = register.Select(e => e.Person).Distinct().Count();
            return c1.Cells.SequenceEqual(c2.Cells) && c1.GrandTotal <= persons;
        });

    [Property(MaxTest = 100)]
    public Property Point_in_time_never_exceeds_during_the_year() =>
        Prop.ForAll(Registers, AxisChoice, Years, (register, which, year) =>
        {
            var view = CountingViewBuilder.Build(register);
            // Axes whose value does not depend on the window (attributes such as bistandsbehov may come from another
            // episode at 31 December than during the year, so only their grand total is compared).
            var axes = CountingHarness.Axes(which.Select(w => w % 6), view, year, year);
            var at = CountingHarness.Persons(view, CountingHarness.Window(true, year), axes);
            var during = CountingHarness.Persons(view, CountingHarness.Window(false, year), axes);
            var all = CountingHarness.Axes(which, view, year, year);
            var atAll = CountingHarness.Persons(view, CountingHarness.Window(true, year), all);
            var duringAll = CountingHarness.Persons(view, CountingHarness.Window(false, year), all);
            var cellwise = true;
            for (var i = 0; i < at.Cells.Length; i++)
            {
                cellwise &= at.Cells[i] <= during.Cells[i];
            }
            return cellwise && atAll.GrandTotal <= duringAll.GrandTotal;
        });

    [Property(MaxTest = 50)]
    public Property One_core_and_two_cores_agree() =>
        Prop.ForAll(Registers, AxisChoice, (register, which) =>
        {
            var view = CountingViewBuilder.Build(register);
            var axes = CountingHarness.Axes(which, view, 2020, 2020);
            return CountingHarness.Persons(view, CountingHarness.Window(false, 2020), axes, 1)
                .Equals(CountingHarness.Persons(view, CountingHarness.Window(false, 2020), axes, 2));
        });

    /// <summary>For axis d: every line along d (other indices fixed) as (margin, cells).</summary>
    private static IEnumerable<(long Total, List<long> Cells)> Lines(Cube cube, int d)
    {
        var strides = Cube.StridesOf(cube.Axes);
        var n = cube.Axes[d].Count;
        var block = strides[d] * (n + 1);
        var raw = cube.Cells.ToArray();
        for (var outer = 0; outer < raw.Length; outer += block)
        {
            for (var inner = 0; inner < strides[d]; inner++)
            {
                var b = outer + inner;
                yield return (raw[b + (n * strides[d])], Enumerable.Range(0, n).Select(i => raw[b + (i * strides[d])]).ToList());
            }
        }
    }
}
