using System.Numerics;

namespace Kpr.Core.Disclosure;

/// <summary>
/// Exact Gauss–Jordan reduction of a small block of table equations over the integers (fraction-free, each row divided
/// by the gcd of its entries), so rank decisions are exact as over the rationals. Runs in 64-bit integers and
/// repeats in <see cref="BigInteger"/> if an intermediate value overflows.
/// </summary>
internal static class ExactReduction
{
    /// <summary>The unknown cells of the given equations whose value is determined (unit vector in the row space).</summary>
    public static IEnumerable<int> DeterminedColumns(SumSystem system, List<int> equations, bool[] known)
    {
        var columns = new Dictionary<int, int>();
        var cells = new List<int>();
        foreach (var k in equations)
        {
            foreach (var m in system.MembersOf(k))
            {
                if (!known[m] && columns.TryAdd(m, cells.Count))
                {
                    cells.Add(m);
                }
            }
        }
        try
        {
            return Reduce<long>(system, equations, known, columns, cells);
        }
        catch (OverflowException)
        {
            return Reduce<BigInteger>(system, equations, known, columns, cells);
        }
    }

    private static List<int> Reduce<T>(SumSystem system, List<int> equations, bool[] known, Dictionary<int, int> columns, List<int> cells)
        where T : IBinaryInteger<T>
    {
        var width = cells.Count;
        var rows = new List<T[]>(equations.Count);
        foreach (var k in equations)
        {
            var row = new T[width];
            var relation = system.Relation(k);
            if (!known[relation.Total])
            {
                row[columns[relation.Total]] = -T.One;
            }
            foreach (var p in relation.Parts)
            {
                if (!known[p])
                {
                    row[columns[p]] += T.One;
                }
            }
            rows.Add(row);
        }

        var pivotRowOfColumn = new int[width];
        Array.Fill(pivotRowOfColumn, -1);
        var rank = 0;
        for (var col = 0; col < width && rank < rows.Count; col++)
        {
            // Pivot: the remaining row with the smallest non-zero entry in this column keeps numbers small.
            var best = -1;
            for (var r = rank; r < rows.Count; r++)
            {
                if (rows[r][col] != T.Zero && (best < 0 || T.Abs(rows[r][col]) < T.Abs(rows[best][col])))
                {
                    best = r;
                }
            }
            if (best < 0)
            {
                continue;
            }
            (rows[rank], rows[best]) = (rows[best], rows[rank]);
            var pivotRow = rows[rank];
            var pivot = pivotRow[col];
            for (var r = 0; r < rows.Count; r++)
            {
                if (r == rank)
                {
                    continue;
                }
                var row = rows[r];
                var factor = row[col];
                if (factor == T.Zero)
                {
                    continue;
                }
                // row ← (pivot·row − factor·pivotRow) / g, with g = gcd(pivot, factor) first to keep entries small.
                var g = Gcd(T.Abs(pivot), T.Abs(factor));
                var a = pivot / g;
                var b = factor / g;
                var rowGcd = T.Zero;
                for (var c = 0; c < width; c++)
                {
                    var v = row[c];
                    var w = pivotRow[c];
                    if (v == T.Zero && w == T.Zero)
                    {
                        continue;
                    }
                    v = checked((a * v) - (b * w));
                    row[c] = v;
                    rowGcd = Gcd(rowGcd, T.Abs(v));
                }
                if (rowGcd > T.One)
                {
                    for (var c = 0; c < width; c++)
                    {
                        row[c] /= rowGcd;
                    }
                }
            }
            pivotRowOfColumn[col] = rank;
            rank++;
        }

        // After Gauss–Jordan every pivot column is zero outside its own row, so a pivot cell is determined exactly when
        // its row has no entry in a free (non-pivot) column.
        var determined = new List<int>();
        for (var col = 0; col < width; col++)
        {
            var r = pivotRowOfColumn[col];
            if (r < 0)
            {
                continue;
            }
            var row = rows[r];
            var alone = true;
            for (var c = 0; c < width && alone; c++)
            {
                alone = c == col || row[c] == T.Zero;
            }
            if (alone)
            {
                determined.Add(cells[col]);
            }
        }
        return determined;
    }

    private static T Gcd<T>(T a, T b) where T : IBinaryInteger<T>
    {
        while (b != T.Zero)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
