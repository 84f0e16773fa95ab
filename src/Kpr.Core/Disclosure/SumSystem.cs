namespace Kpr.Core.Disclosure;

/// <summary>
/// The linear constraint system of a table: every cell (margins included) is a variable and every sum relation of
/// an additive dimension an equation. Answers, for a set of hidden cells, which of them the shown cells determine
/// exactly (rank test over the integers, i.e. over the rationals) and which bounds propagation through the equations
/// gives for them.
/// </summary>
internal sealed class SumSystem
{
    private const long Infinity = long.MaxValue / 4;

    /// <summary>Components with at least this many equations use the modular screen when exactness is not demanded.</summary>
    internal const int ScreenAbove = 150;

    private readonly long[] _values;
    private readonly SumRelation[] _relations;
    private readonly int[] _cellRelationStart;
    private readonly int[] _cellRelations;

    public SumSystem(CountTable table)
    {
        Table = table;
        _values = new long[table.CellCount];
        for (var i = 0; i < _values.Length; i++)
        {
            _values[i] = table.CountAt(i);
        }
        _relations = SumRelation.Enumerate(table).ToArray();
        // CSR index: for each cell, the relations it takes part in.
        var counts = new int[table.CellCount + 1];
        foreach (var r in _relations)
        {
            counts[r.Total + 1]++;
            foreach (var p in r.Parts)
            {
                counts[p + 1]++;
            }
        }
        for (var i = 0; i < table.CellCount; i++)
        {
            counts[i + 1] += counts[i];
        }
        _cellRelationStart = counts;
        _cellRelations = new int[counts[^1]];
        var fill = (int[])counts.Clone();
        for (var k = 0; k < _relations.Length; k++)
        {
            var r = _relations[k];
            _cellRelations[fill[r.Total]++] = k;
            foreach (var p in r.Parts)
            {
                _cellRelations[fill[p]++] = k;
            }
        }
    }

    public CountTable Table { get; }

    public int RelationCount => _relations.Length;

    public long ValueOf(int cell) => _values[cell];

    public ReadOnlySpan<int> RelationsOf(int cell) =>
        _cellRelations.AsSpan(_cellRelationStart[cell], _cellRelationStart[cell + 1] - _cellRelationStart[cell]);

    public SumRelation Relation(int index) => _relations[index];

    /// <summary>The members of a relation: its total and its parts.</summary>
    public IEnumerable<int> MembersOf(int relation)
    {
        var r = _relations[relation];
        yield return r.Total;
        foreach (var p in r.Parts)
        {
            yield return p;
        }
    }

    /// <summary>
    /// The hidden cells whose value follows exactly from the shown cells: those whose unit vector lies in the row space
    /// of the equations restricted to the hidden columns. Equations with one unknown are resolved by propagation first;
    /// what remains is split into connected components, each reduced exactly (fraction-free integer Gauss–Jordan), or,
    /// when <paramref name="exact"/> is false and the component is big, screened by <see cref="ModularReduction"/>.
    /// </summary>
    public List<int> DeterminedCells(bool[] hidden, bool exact = true, int screenAbove = ScreenAbove)
    {
        var determined = new List<int>();
        var known = new bool[hidden.Length];
        for (var i = 0; i < known.Length; i++)
        {
            known[i] = !hidden[i];
        }
        var unknownCount = new int[_relations.Length];
        var queue = new Queue<int>();
        for (var k = 0; k < _relations.Length; k++)
        {
            var n = 0;
            foreach (var m in MembersOf(k))
            {
                if (!known[m])
                {
                    n++;
                }
            }
            unknownCount[k] = n;
            if (n == 1)
            {
                queue.Enqueue(k);
            }
        }
        // Propagation: an equation with a single unknown gives it away.
        while (queue.Count > 0)
        {
            var k = queue.Dequeue();
            if (unknownCount[k] != 1)
            {
                continue;
            }
            var cell = -1;
            foreach (var m in MembersOf(k))
            {
                if (!known[m])
                {
                    cell = m;
                    break;
                }
            }
            known[cell] = true;
            determined.Add(cell);
            foreach (var k2 in RelationsOf(cell))
            {
                if (--unknownCount[k2] == 1)
                {
                    queue.Enqueue(k2);
                }
            }
        }

        // Components of the remaining equations (two or more unknowns each), joined through shared unknown cells.
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        var open = new List<int>();
        for (var k = 0; k < _relations.Length; k++)
        {
            if (unknownCount[k] < 2)
            {
                continue;
            }
            open.Add(k);
            var first = -1;
            foreach (var m in MembersOf(k))
            {
                if (known[m])
                {
                    continue;
                }
                parent.TryAdd(m, m);
                if (first < 0)
                {
                    first = Find(m);
                }
                else
                {
                    var root = Find(m);
                    if (root != first)
                    {
                        parent[root] = first;
                    }
                }
            }
        }
        var byComponent = new Dictionary<int, List<int>>();
        foreach (var k in open)
        {
            var anyUnknown = MembersOf(k).First(m => !known[m]);
            var root = Find(anyUnknown);
            if (!byComponent.TryGetValue(root, out var list))
            {
                byComponent[root] = list = [];
            }
            list.Add(k);
        }
        foreach (var equations in byComponent.Values)
        {
            // The screen is only worth it on big components; small ones are reduced exactly in any case.
            determined.AddRange(exact || equations.Count < screenAbove
                ? ExactReduction.DeterminedColumns(this, equations, known)
                : ModularReduction.DeterminedColumns(this, equations, known));
        }
        determined.Sort();
        return determined;
    }

    /// <summary>
    /// Bounds on every hidden cell by interval propagation through the equations, with every cell ≥ 0 and shown cells
    /// fixed. The result contains the exact (linear-programming) bounds, so a narrow interval found here is truly narrow.
    /// </summary>
    public (long[] Lower, long[] Upper) Bounds(bool[] hidden, int maxPasses = 64)
    {
        var lo = new long[hidden.Length];
        var hi = new long[hidden.Length];
        for (var i = 0; i < hidden.Length; i++)
        {
            if (hidden[i])
            {
                lo[i] = 0;
                hi[i] = Infinity;
            }
            else
            {
                lo[i] = hi[i] = _values[i];
            }
        }
        var active = new List<int>();
        for (var k = 0; k < _relations.Length; k++)
        {
            if (MembersOf(k).Any(m => hidden[m]))
            {
                active.Add(k);
            }
        }
        var inQueue = new bool[_relations.Length];
        var queue = new Queue<int>(active);
        foreach (var k in active)
        {
            inQueue[k] = true;
        }
        var budget = (long)Math.Max(1, active.Count) * maxPasses;
        while (queue.Count > 0 && budget-- > 0)
        {
            var k = queue.Dequeue();
            inQueue[k] = false;
            var r = _relations[k];
            // total = Σ parts. Upper sums keep the finite part and the number of infinite terms apart, so that
            // "sum of the other parts" stays finite when the only infinite term is the part itself.
            long sumLo = 0, finiteHi = 0;
            var infinite = 0;
            foreach (var p in r.Parts)
            {
                sumLo = Add(sumLo, lo[p]);
                if (hi[p] >= Infinity)
                {
                    infinite++;
                }
                else
                {
                    finiteHi = Add(finiteHi, hi[p]);
                }
            }
            var changed = Tighten(r.Total, sumLo, infinite > 0 ? Infinity : finiteHi, lo, hi, hidden);
            foreach (var p in r.Parts)
            {
                // part = total − Σ other parts.
                var otherLo = sumLo - lo[p];
                var pInfinite = hi[p] >= Infinity;
                var otherHi = infinite - (pInfinite ? 1 : 0) > 0 ? Infinity : finiteHi - (pInfinite ? 0 : hi[p]);
                var newLo = otherHi >= Infinity ? 0 : lo[r.Total] - otherHi;
                var newHi = hi[r.Total] >= Infinity ? Infinity : hi[r.Total] - otherLo;
                var oldLo = lo[p];
                var oldHi = hi[p];
                if (Tighten(p, newLo, newHi, lo, hi, hidden))
                {
                    changed = true;
                    sumLo = sumLo - oldLo + lo[p];
                    if (oldHi >= Infinity)
                    {
                        if (hi[p] < Infinity)
                        {
                            infinite--;
                            finiteHi = Add(finiteHi, hi[p]);
                        }
                    }
                    else
                    {
                        finiteHi = finiteHi - oldHi + hi[p];
                    }
                }
            }
            if (!changed)
            {
                continue;
            }
            foreach (var m in MembersOf(k))
            {
                if (!hidden[m])
                {
                    continue;
                }
                foreach (var k2 in RelationsOf(m))
                {
                    if (!inQueue[k2] && k2 != k)
                    {
                        inQueue[k2] = true;
                        queue.Enqueue(k2);
                    }
                }
            }
        }
        return (lo, hi);
    }

    private static bool Tighten(int cell, long newLo, long newHi, long[] lo, long[] hi, bool[] hidden)
    {
        if (!hidden[cell])
        {
            return false;
        }
        var changed = false;
        if (newLo > lo[cell])
        {
            lo[cell] = newLo;
            changed = true;
        }
        if (newHi < hi[cell])
        {
            hi[cell] = newHi;
            changed = true;
        }
        return changed;
    }

    private static long Add(long a, long b) => a >= Infinity || b >= Infinity ? Infinity : Math.Min(Infinity, a + b);

    public static bool IsInfinite(long bound) => bound >= Infinity;
}
