namespace Kpr.Core.Disclosure;

/// <summary>
/// A fast screen for determined cells used inside the secondary-suppression loop: sparse forward elimination modulo
/// the prime 2^61 − 1 (no coefficient growth, little fill-in with a fewest-entries pivot), then two random vectors of
/// the null space by back substitution. A pivot cell is reported determined when both vectors are zero there.
/// </summary>
/// <remarks>
/// A cell determined over the rationals is always reported (provided the rank does not drop modulo the prime, which
/// would need the prime to divide a minor of a 0/±1 matrix); an undetermined cell is reported by mistake with
/// probability about 2^−122 (both random values zero), which only costs an extra suppression. The protector confirms
/// its final pattern with the exact <see cref="ExactReduction"/>, so results never rest on this screen alone.
/// Random values come from a fixed seed, so results are deterministic.
/// </remarks>
internal static class ModularReduction
{
    private const ulong P = (1UL << 61) - 1;

    public static IEnumerable<int> DeterminedColumns(SumSystem system, List<int> equations, bool[] known)
    {
        var columns = new Dictionary<int, int>();
        var cells = new List<int>();
        var rows = new List<Dictionary<int, ulong>>(equations.Count);
        foreach (var k in equations)
        {
            var row = new Dictionary<int, ulong>();
            var relation = system.Relation(k);
            if (!known[relation.Total])
            {
                row[Column(relation.Total)] = P - 1; // −1
            }
            foreach (var p in relation.Parts)
            {
                if (!known[p])
                {
                    var c = Column(p);
                    row[c] = row.TryGetValue(c, out var v) ? Add(v, 1) : 1;
                }
            }
            rows.Add(row);
        }
        var width = cells.Count;
        var rowsOfColumn = new List<int>[width];
        for (var c = 0; c < width; c++)
        {
            rowsOfColumn[c] = [];
        }
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var c in rows[r].Keys)
            {
                rowsOfColumn[c].Add(r);
            }
        }
        // Columns with few entries first (Markowitz-like), to limit fill-in.
        var order = Enumerable.Range(0, width).OrderBy(c => rowsOfColumn[c].Count).ThenBy(c => c).ToArray();
        var pivotRow = new int[width];
        Array.Fill(pivotRow, -1);
        var used = new bool[rows.Count];
        var pivotOrder = new List<int>();
        foreach (var c in order)
        {
            var best = -1;
            foreach (var r in rowsOfColumn[c])
            {
                if (!used[r] && rows[r].ContainsKey(c) && (best < 0 || rows[r].Count < rows[best].Count))
                {
                    best = r;
                }
            }
            if (best < 0)
            {
                continue;
            }
            used[best] = true;
            pivotRow[c] = best;
            pivotOrder.Add(c);
            var pivot = rows[best];
            var inverse = Inverse(pivot[c]);
            foreach (var r in rowsOfColumn[c].ToArray())
            {
                if (used[r] || !rows[r].TryGetValue(c, out var factor))
                {
                    continue;
                }
                // row ← row − (factor / pivot[c]) · pivotRow
                var f = Mul(factor, inverse);
                var row = rows[r];
                foreach (var (col, value) in pivot)
                {
                    var delta = Mul(f, value);
                    if (row.TryGetValue(col, out var existing))
                    {
                        var updated = Sub(existing, delta);
                        if (updated == 0)
                        {
                            row.Remove(col);
                        }
                        else
                        {
                            row[col] = updated;
                        }
                    }
                    else
                    {
                        row[col] = Sub(0, delta);
                        rowsOfColumn[col].Add(r);
                    }
                }
            }
        }

        var random = new Random(20240611);
        var zero = new bool[width];
        Array.Fill(zero, true);
        for (var trial = 0; trial < 2; trial++)
        {
            var z = new ulong[width];
            for (var c = 0; c < width; c++)
            {
                if (pivotRow[c] < 0)
                {
                    z[c] = 1 + (ulong)random.NextInt64(1, (long)(P - 1));
                }
            }
            // Back substitution in reverse pivot order: each pivot row holds only its pivot, later pivots and free columns.
            for (var i = pivotOrder.Count - 1; i >= 0; i--)
            {
                var c = pivotOrder[i];
                var row = rows[pivotRow[c]];
                ulong sum = 0;
                foreach (var (col, value) in row)
                {
                    if (col != c)
                    {
                        sum = Add(sum, Mul(value, z[col]));
                    }
                }
                z[c] = Mul(Sub(0, sum), Inverse(row[c]));
            }
            for (var c = 0; c < width; c++)
            {
                zero[c] &= z[c] == 0;
            }
        }
        var determined = new List<int>();
        for (var c = 0; c < width; c++)
        {
            if (pivotRow[c] >= 0 && zero[c])
            {
                determined.Add(cells[c]);
            }
        }
        return determined;

        int Column(int cell)
        {
            if (!columns.TryGetValue(cell, out var c))
            {
                c = cells.Count;
                columns[cell] = c;
                cells.Add(cell);
            }
            return c;
        }
    }

    private static ulong Add(ulong a, ulong b)
    {
        var s = a + b;
        return s >= P ? s - P : s;
    }

    private static ulong Sub(ulong a, ulong b) => a >= b ? a - b : a + P - b;

    private static ulong Mul(ulong a, ulong b) => (ulong)((UInt128)a * b % P);

    private static ulong Inverse(ulong a)
    {
        // Fermat: a^(P−2).
        ulong result = 1, power = a;
        for (var e = P - 2; e > 0; e >>= 1)
        {
            if ((e & 1) == 1)
            {
                result = Mul(result, power);
            }
            power = Mul(power, power);
        }
        return result;
    }
}
