namespace Kpr.Core.Disclosure;

/// <summary>
/// One additive relation of a table: the count of <see cref="Total"/> equals the sum of the counts of
/// <see cref="Parts"/> (a margin and its children along one dimension, all other categories fixed).
/// </summary>
internal readonly record struct SumRelation(int Dimension, int Total, int[] Parts)
{
    /// <summary>Every sum relation of the table's additive dimensions: for each dimension, each category with
    /// children, and each combination of the other dimensions' categories.</summary>
    public static IEnumerable<SumRelation> Enumerate(CountTable table)
    {
        var dims = table.Dimensions;
        for (var d = 0; d < dims.Count; d++)
        {
            var dim = dims[d];
            if (!dim.IsAdditive)
            {
                continue;
            }
            var stride = table.StrideOf(d);
            for (var cell = 0; cell < table.CellCount; cell++)
            {
                var category = table.CategoryOf(cell, d);
                if (category != 0)
                {
                    continue; // visit each line along dimension d once, from its first category
                }
                for (var parent = 0; parent < dim.Count; parent++)
                {
                    var children = dim.ChildrenArray(parent);
                    if (children.Length == 0)
                    {
                        continue;
                    }
                    var parts = new int[children.Length];
                    for (var k = 0; k < children.Length; k++)
                    {
                        parts[k] = cell + children[k] * stride;
                    }
                    yield return new SumRelation(d, cell + parent * stride, parts);
                }
            }
        }
    }
}
