using Kpr.Core.Disclosure;
using MathNet.Numerics.LinearAlgebra;

namespace Kpr.Core.Tests.Disclosure;

/// <summary>Tables and an independent oracle (floating-point rank by SVD) shared by the disclosure tests.</summary>
internal static class DisclosureTestTables
{
    /// <summary>A two-way table with totals from a rows × columns array of interior counts.</summary>
    public static CountTable TwoWay(long[,] interior)
    {
        var rows = TableDimension.WithTotal("row", "T", Enumerable.Range(1, interior.GetLength(0)).Select(i => $"r{i}").ToArray());
        var cols = TableDimension.WithTotal("col", "T", Enumerable.Range(1, interior.GetLength(1)).Select(j => $"c{j}").ToArray());
        return CountTable.FromLeaves([rows, cols], codes => interior[int.Parse(codes[0][1..]) - 1, int.Parse(codes[1][1..]) - 1]);
    }

    /// <summary>
    /// Hidden cells the shown cells determine, by brute force: cell i is determined iff every null-space vector (SVD) of the
    /// equation matrix restricted to hidden columns is zero at i. Independent of the library's engine.
    /// </summary>
    public static HashSet<int> DeterminedByOracle(CountTable table, IReadOnlyCollection<int> hidden)
    {
        var columns = hidden.OrderBy(c => c).ToList();
        var position = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var rows = new List<double[]>();
        foreach (var (total, parts) in Relations(table))
        {
            var row = new double[columns.Count];
            var any = false;
            if (position.TryGetValue(total, out var t))
            {
                row[t] -= 1;
                any = true;
            }
            foreach (var p in parts)
            {
                if (position.TryGetValue(p, out var k))
                {
                    row[k] += 1;
                    any = true;
                }
            }
            if (any)
            {
                rows.Add(row);
            }
        }
        var result = new HashSet<int>();
        if (columns.Count == 0 || rows.Count == 0)
        {
            return result;
        }
        // Cell i is determined iff every vector of the null space of the hidden-column matrix is zero at i.
        var kernel = Matrix<double>.Build.DenseOfRowArrays(rows).Kernel();
        for (var i = 0; i < columns.Count; i++)
        {
            if (kernel.All(v => Math.Abs(v[i]) < 1e-9))
            {
                result.Add(columns[i]);
            }
        }
        return result;
    }

    /// <summary>The sum relations of a table, enumerated independently of the library (line by line).</summary>
    public static IEnumerable<(int Total, int[] Parts)> Relations(CountTable table)
    {
        for (var d = 0; d < table.Dimensions.Count; d++)
        {
            var dim = table.Dimensions[d];
            if (!dim.IsAdditive)
            {
                continue;
            }
            for (var cell = 0; cell < table.CellCount; cell++)
            {
                var c = table.CategoryOf(cell, d);
                if (dim.IsLeaf(c))
                {
                    continue;
                }
                var parts = dim.ChildrenOf(c).Select(child => cell + (child - c) * table.StrideOf(d)).ToArray();
                yield return (cell, parts);
            }
        }
    }
}
