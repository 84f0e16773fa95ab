using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kpr.Core.Disclosure;

namespace Kpr.Core.Tests.Disclosure;

/// <summary>A random publication: 2–4 tables over one grid (municipality in two helsefellesskap × age segments × sex)
/// with shared margins and different groupings (municipality or helsefellesskap, two band sets, with or without sex),
/// plus the finest cells as unpublished cells.</summary>
public sealed record PublicationCase(Publication Publication, int Threshold, string Description)
{
    public override string ToString() => $"{Description}, N={Threshold}";
}

public static class PublicationArbitraries
{
    private static readonly Gen<long> FinestCount = Gen.Frequency(
        (3, Gen.Choose(1, 4).Select(v => (long)v)),
        (3, Gen.Constant(0L)),
        (4, Gen.Choose(5, 30).Select(v => (long)v)));

    public static Arbitrary<PublicationCase> PublicationCases() =>
        (from municipalities in Gen.Choose(3, 5)
         from segments in Gen.Choose(3, 5)
         from tableKinds in Gen.Choose(0, 5).ArrayOf(4)
         from tableCount in Gen.Choose(2, 4)
         from cuts in Gen.Choose(0, 1).ArrayOf(8)
         from counts in FinestCount.ArrayOf(5 * 5 * 2)
         from threshold in Gen.Elements(3, 5)
         select Build(municipalities, segments, tableKinds.Take(tableCount).ToArray(), cuts, counts, threshold)).ToArbitrary();

    private static PublicationCase Build(int municipalityCount, int segmentCount, int[] kinds, int[] cuts, long[] seeds, int threshold)
    {
        var municipality = FinestAxis.Create("municipality", Enumerable.Range(1, municipalityCount).Select(i => $"m{i}"));
        var age = FinestAxis.Create("age", Enumerable.Range(1, segmentCount).Select(i => $"s{i}"));
        var sex = FinestAxis.Create("sex", ["1", "2"]);
        var grid = PublicationGrid.Create([municipality, age, sex]);
        var counts = Enumerable.Range(0, grid.FinestCellCount).Select(i => seeds[i % seeds.Length]).ToArray();
        var half = municipalityCount / 2;
        var hf = TableAxis.Bands("helsefellesskap", municipality,
            [("A", municipality.Values.Take(half)), ("B", municipality.Values.Skip(half))]);
        var bandsOne = Bands(age, cuts.Take(segmentCount - 1).ToArray(), "a");
        var bandsTwo = Bands(age, cuts.Skip(4).Take(segmentCount - 1).Select(c => 1 - c).ToArray(), "b");
        var tables = new List<PublicationTable>();
        var text = new List<string>();
        foreach (var (kind, i) in kinds.Select((k, i) => (k, i)))
        {
            TableAxis[] axes = kind switch
            {
                0 => [TableAxis.WithTotal("municipality", municipality), bandsOne],
                1 => [hf, bandsOne],
                2 => [bandsTwo, TableAxis.WithTotal("sex", sex)],
                3 => [hf, TableAxis.WithTotal("sex", sex)],
                4 => [bandsTwo],
                _ => [TableAxis.WithTotal("municipality", municipality), TableAxis.WithTotal("sex", sex)],
            };
            tables.Add(grid.TableFromFinest($"t{i}", axes, counts));
            text.Add(string.Join("x", axes.Select(a => a.Name)));
        }
        var unpublished = grid.UnpublishedFinestCells(v => counts[grid.FinestIndex([.. v])]);
        return new PublicationCase(Publication.Create(tables, unpublished), threshold, string.Join(" + ", text));
    }

    // Contiguous bands over the segments: a cut after segment k where cuts[k] is 1, and a total.
    private static TableAxis Bands(FinestAxis age, int[] cuts, string prefix)
    {
        var bands = new List<(string, IEnumerable<string>)>();
        var current = new List<string>();
        for (var k = 0; k < age.Values.Count; k++)
        {
            current.Add(age.Values[k]);
            if (k == age.Values.Count - 1 || cuts[k] == 1)
            {
                bands.Add(($"{prefix}:{current[0]}-{current[^1]}", current.ToArray()));
                current.Clear();
            }
        }
        return TableAxis.Bands($"age_{prefix}", age, bands);
    }
}

[Properties(Arbitrary = [typeof(PublicationArbitraries)], MaxTest = 25)]
public sealed class PublicationProperties
{
    // One protection per case checks several invariants: the LP solves are the cost.
    [Property]
    public Property A_protected_publication_passes_the_LP_audit_hides_its_primaries_and_gives_each_figure_one_status(PublicationCase c)
    {
        var options = ProtectionOptions.Create(c.Threshold);
        var result = PublicationProtector.Protect(c.Publication, options);
        return result.Audit().IsSafe.Label("LP audit clean")
            .And(PrimariesHiddenZerosShown(c.Publication, options, result).Label("primaries hidden, zeros shown"))
            .And(OneStatusPerFigure(c.Publication, result).Label("one status per figure"));
    }

    [Property(MaxTest = 15)]
    public bool Protecting_twice_changes_nothing(PublicationCase c)
    {
        var once = PublicationProtector.Protect(c.Publication, ProtectionOptions.Create(c.Threshold));
        var twice = PublicationProtector.Protect(once);
        var tables = c.Publication.Tables;
        return Enumerable.Range(0, tables.Count).All(t => Enumerable.Range(0, tables[t].Cells.Count)
            .All(i => once.ReasonAt(t, i) == twice.ReasonAt(t, i)));
    }

    private static bool PrimariesHiddenZerosShown(Publication publication, ProtectionOptions options, ProtectedPublication result)
    {
        var tables = publication.Tables;
        return Enumerable.Range(0, tables.Count).All(t => Enumerable.Range(0, tables[t].Cells.Count).All(i =>
        {
            var cell = tables[t].Cells[i];
            var primary = options.PrimaryReason(cell.Count, cell.Denominator) != SuppressionReason.None;
            return (!primary || result.IsHidden(t, i)) && (cell.Count != 0 || !result.IsHidden(t, i));
        }));
    }

    private static bool OneStatusPerFigure(Publication publication, ProtectedPublication result)
    {
        var tables = publication.Tables;
        var byFinest = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var t = 0; t < tables.Count; t++)
        {
            for (var i = 0; i < tables[t].Cells.Count; i++)
            {
                var key = string.Join(',', tables[t].Cells[i].FinestCells);
                var hidden = result.IsHidden(t, i);
                if (byFinest.TryGetValue(key, out var other) && other != hidden)
                {
                    return false;
                }
                byFinest[key] = hidden;
            }
        }
        return true;
    }
}
