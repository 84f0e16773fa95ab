namespace Kpr.Core.Disclosure;

/// <summary>
/// Checks a table with hidden cells against everything an intruder can do with the shown cells: all sum relations
/// of the table at once (multi-dimensional margins, hierarchies), not margin by margin.
/// </summary>
/// <remarks>
/// <para><b>Determination</b> is exact. Every cell, margins included, is a variable; every sum relation an equation;
/// shown cells are constants. A hidden cell is determined when its unit vector lies in the row space of the equations
/// restricted to the hidden cells. Equations with a single hidden cell are resolved by propagation; the rest is split
/// into connected components and each reduced by fraction-free integer Gauss–Jordan elimination (exact, as over the
/// rationals; 64-bit with a big-integer fallback).</para>
/// <para><b>Bounds</b> come from interval propagation through the equations with every cell ≥ 0 (Fréchet-style bounds,
/// iterated). They contain the exact linear-programming bounds, so an interval reported narrow is truly narrow; a
/// linear program could find some intervals narrower than propagation does (documented limitation).</para>
/// </remarks>
public static class DisclosureAuditor
{
    /// <summary>Every hidden cell whose value is determined by the shown cells, or whose derivable interval is narrower
    /// than <paramref name="protectionIntervalWidth"/> (0: only determination is checked).</summary>
    /// <param name="table">The full table (true values).</param>
    /// <param name="hiddenCells">The numbers of the hidden cells.</param>
    /// <param name="protectionIntervalWidth">The smallest acceptable width (upper − lower) for a hidden cell.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="hiddenCells"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cell number is outside the table, or the width is negative.</exception>
    /// <exception cref="ArgumentException">The table's margins are not the sums of their parts.</exception>
    public static AuditReport Audit(CountTable table, IEnumerable<int> hiddenCells, long protectionIntervalWidth)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(hiddenCells);
        ArgumentOutOfRangeException.ThrowIfNegative(protectionIntervalWidth);
        TableProtector.CheckConsistent(table, nameof(table));
        var hidden = ToMask(table, hiddenCells, nameof(hiddenCells));
        return Audit(new SumSystem(table), hidden, hidden, protectionIntervalWidth);
    }

    /// <summary>As <see cref="Audit(CountTable, IEnumerable{int}, long)"/>, but the interval demand applies only to
    /// <paramref name="sensitiveCells"/> (e.g. the primary-hidden ones); every hidden cell must still be undetermined.</summary>
    /// <param name="table">The full table (true values).</param>
    /// <param name="hiddenCells">The numbers of the hidden cells.</param>
    /// <param name="sensitiveCells">The hidden cells that need the protection interval.</param>
    /// <param name="protectionIntervalWidth">The smallest acceptable width for a sensitive cell.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cell number is outside the table, or the width is negative.</exception>
    /// <exception cref="ArgumentException">The table's margins are not the sums of their parts.</exception>
    public static AuditReport Audit(CountTable table, IEnumerable<int> hiddenCells, IEnumerable<int> sensitiveCells, long protectionIntervalWidth)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(hiddenCells);
        ArgumentNullException.ThrowIfNull(sensitiveCells);
        ArgumentOutOfRangeException.ThrowIfNegative(protectionIntervalWidth);
        TableProtector.CheckConsistent(table, nameof(table));
        var hidden = ToMask(table, hiddenCells, nameof(hiddenCells));
        var sensitive = ToMask(table, sensitiveCells, nameof(sensitiveCells));
        return Audit(new SumSystem(table), hidden, sensitive, protectionIntervalWidth);
    }

    internal static AuditReport Audit(SumSystem system, bool[] hidden, bool[] sensitive, long width, bool exact = true)
    {
        var findings = new List<AuditFinding>();
        var determined = new HashSet<int>(system.DeterminedCells(hidden, exact));
        (long[] lo, long[] hi) = width > 0 ? system.Bounds(hidden) : (Array.Empty<long>(), Array.Empty<long>());
        var table = system.Table;
        var hiddenCount = 0;
        for (var cell = 0; cell < hidden.Length; cell++)
        {
            if (!hidden[cell])
            {
                continue;
            }
            hiddenCount++;
            if (determined.Contains(cell))
            {
                var v = system.ValueOf(cell);
                findings.Add(new AuditFinding(cell, table.CodesOf(cell), ExposureKind.Determined, v, v));
            }
            else if (width > 0 && sensitive[cell] && hi[cell] - lo[cell] < width)
            {
                findings.Add(new AuditFinding(cell, table.CodesOf(cell), ExposureKind.NarrowInterval, lo[cell],
                    SumSystem.IsInfinite(hi[cell]) ? null : hi[cell]));
            }
        }
        return new AuditReport(hiddenCount, findings, width);
    }

    private static bool[] ToMask(CountTable table, IEnumerable<int> cells, string paramName)
    {
        var mask = new bool[table.CellCount];
        foreach (var cell in cells)
        {
            if (cell < 0 || cell >= mask.Length)
            {
                throw new ArgumentOutOfRangeException(paramName, cell, $"Cell number must be in [0, {mask.Length - 1}].");
            }
            mask[cell] = true;
        }
        return mask;
    }
}
