namespace Kpr.Core.Disclosure;

/// <summary>
/// Small-count protection ("prikking") of a table with margins: primary suppression, optional series suppression,
/// then secondary suppression until the exact audit finds no hidden cell that the shown cells give away.
/// </summary>
/// <remarks>
/// <para><b>Entry point.</b> <c>TableProtector.Protect(table, options)</c> takes any <see cref="CountTable"/> (named
/// dimensions with totals and hierarchies, optional denominators) and returns a <see cref="ProtectedTable"/>.</para>
/// <para><b>Steps.</b> (1) Primary: <see cref="ProtectionOptions.PrimaryReason"/> for every cell. (2) Series: whole
/// lines along the time dimension hidden when too many of their points are hidden or weak (<see cref="SeriesRule"/>).
/// (3) Secondary: audit with <see cref="DisclosureAuditor"/> against all sum relations at once; for each exposed cell
/// hide one more shown cell, preferring a cell in an equation where the exposed cell is the only hidden one (it must
/// get a partner there), else a cell sharing an equation with it; among candidates the one that leaves the fewest
/// equations with a single hidden cell, then a count at least the protection interval, then the smallest count, then
/// the most detailed cell (leaves before margins). Repeat until the audit is clean.
/// Hiding more never exposes a cell, so the loop ends.</para>
/// <para>The result is deterministic. Protecting a protected table again (<see cref="Protect(ProtectedTable)"/>)
/// changes nothing, because its hidden pattern already passes the audit.</para>
/// </remarks>
public static class TableProtector
{
    /// <summary>Protects a table.</summary>
    /// <param name="table">The table (margins must be the sums of their parts along additive dimensions).</param>
    /// <param name="options">The rules.</param>
    /// <returns>The protected table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table is inconsistent, or the series dimension is unknown.</exception>
    public static ProtectedTable Protect(CountTable table, ProtectionOptions options) => Protect(table, options, []);

    /// <summary>Protects a table, hiding <paramref name="alsoHide"/> as well (e.g. cells hidden in an earlier publication of
    /// overlapping figures).</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The rules.</param>
    /// <param name="alsoHide">Cell numbers to hide in any case.</param>
    /// <returns>The protected table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The table is inconsistent, the series dimension is unknown, or a cell number is outside the table.</exception>
    public static ProtectedTable Protect(CountTable table, ProtectionOptions options, IEnumerable<int> alsoHide)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(alsoHide);
        CheckConsistent(table, nameof(table));
        var reasons = PrimaryReasons(table, options);
        foreach (var cell in alsoHide)
        {
            if (cell < 0 || cell >= table.CellCount)
            {
                throw new ArgumentException($"Cell number {cell} is outside the table (0..{table.CellCount - 1}).", nameof(alsoHide));
            }
            if (reasons[cell] == SuppressionReason.None)
            {
                reasons[cell] = SuppressionReason.Requested;
            }
        }
        if (options.Series is { } series)
        {
            ApplySeries(table, series, reasons);
        }
        return Secondary(table, options, reasons);
    }

    /// <summary>Protects an already protected table again with its own options, keeping every hidden cell and its reason.
    /// For a table produced by this class nothing changes.</summary>
    /// <param name="table">The protected table.</param>
    /// <returns>The table, re-audited and repaired if needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static ProtectedTable Protect(ProtectedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var reasons = new SuppressionReason[table.Table.CellCount];
        for (var cell = 0; cell < reasons.Length; cell++)
        {
            reasons[cell] = table.ReasonAt(cell);
        }
        return Secondary(table.Table, table.Options, reasons);
    }

    /// <summary>The cells the primary rule alone hides (before series and secondary suppression).</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The rules.</param>
    /// <returns>The cell numbers, in order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<int> PrimaryCells(CountTable table, ProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var reasons = PrimaryReasons(table, options);
        return Enumerable.Range(0, reasons.Length).Where(c => reasons[c] != SuppressionReason.None).ToArray();
    }

    internal static bool IsPrimary(SuppressionReason reason) => reason is SuppressionReason.SmallCount or SuppressionReason.Zero
        or SuppressionReason.SmallComplement or SuppressionReason.SmallDenominator;

    internal static void CheckConsistent(CountTable table, string paramName)
    {
        var problems = table.FindInconsistencies();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The table's margins are not the sums of their parts ({problems.Count}{(problems.Count >= 100 ? "+" : "")} relations), first: {problems[0]}. " +
                "Mark a dimension whose totals count distinct persons with TableDimension.AsNonAdditive().", paramName);
        }
    }

    private static SuppressionReason[] PrimaryReasons(CountTable table, ProtectionOptions options)
    {
        var reasons = new SuppressionReason[table.CellCount];
        for (var cell = 0; cell < reasons.Length; cell++)
        {
            reasons[cell] = options.PrimaryReason(table.CountAt(cell), table.DenominatorAt(cell));
        }
        return reasons;
    }

    private static void ApplySeries(CountTable table, SeriesRule rule, SuppressionReason[] reasons)
    {
        var d = -1;
        for (var i = 0; i < table.Dimensions.Count; i++)
        {
            if (string.Equals(table.Dimensions[i].Name, rule.Dimension, StringComparison.Ordinal))
            {
                d = i;
            }
        }
        if (d < 0)
        {
            throw new ArgumentException($"The series dimension '{rule.Dimension}' is not a dimension of the table.", "options");
        }
        var dim = table.Dimensions[d];
        var stride = table.StrideOf(d);
        var points = Enumerable.Range(0, dim.Count).Where(dim.IsLeaf).ToArray();
        var line = new int[points.Length];
        for (var start = 0; start < table.CellCount; start++)
        {
            if (table.CategoryOf(start, d) != 0)
            {
                continue;
            }
            int hiddenPoints = 0, weakPoints = 0;
            for (var k = 0; k < points.Length; k++)
            {
                var cell = start + points[k] * stride;
                line[k] = cell;
                if (IsPrimary(reasons[cell]) || reasons[cell] == SuppressionReason.Requested)
                {
                    hiddenPoints++;
                }
                if (table.CountAt(cell) < rule.WeakBelow)
                {
                    weakPoints++;
                }
            }
            if (hiddenPoints > rule.MaxHiddenShare * points.Length || weakPoints > rule.MaxWeakShare * points.Length)
            {
                foreach (var cell in line)
                {
                    if (reasons[cell] == SuppressionReason.None)
                    {
                        reasons[cell] = SuppressionReason.Series;
                    }
                }
            }
        }
    }

    private static ProtectedTable Secondary(CountTable table, ProtectionOptions options, SuppressionReason[] reasons)
    {
        var system = new SumSystem(table);
        var width = options.ProtectionIntervalWidth;
        var sensitive = reasons.Select(IsPrimary).ToArray();
        var detail = DetailOf(table);
        var rounds = 0;
        var exact = false;
        while (true)
        {
            rounds++;
            var hidden = reasons.Select(r => r != SuppressionReason.None).ToArray();
            var report = DisclosureAuditor.Audit(system, hidden, sensitive, width, exact);
            if (report.IsSafe && !exact)
            {
                // The rounds ran on the fast screen for big components; the final pattern is confirmed exactly.
                exact = true;
                report = DisclosureAuditor.Audit(system, hidden, sensitive, width, exact: true);
            }
            if (report.IsSafe)
            {
                return new ProtectedTable(table, options, reasons, rounds);
            }
            var touched = new bool[system.RelationCount];
            var added = 0;
            foreach (var finding in report.Findings)
            {
                var skip = false;
                foreach (var k in system.RelationsOf(finding.Cell))
                {
                    skip |= touched[k];
                }
                if (skip)
                {
                    continue; // a cell hidden this round already shares an equation with it; re-audit first
                }
                var needed = sensitive[finding.Cell] ? Math.Max(1, width) : 1;
                var candidate = ChooseCandidate(system, hidden, finding.Cell, needed, detail);
                if (candidate < 0)
                {
                    continue;
                }
                reasons[candidate] = SuppressionReason.Secondary;
                hidden[candidate] = true;
                added++;
                foreach (var k in system.RelationsOf(candidate))
                {
                    touched[k] = true;
                }
            }
            if (added == 0)
            {
                // Cannot happen for a consistent table (hiding every cell of a component leaves every cell free), but never loop.
                throw new InvalidOperationException($"Secondary suppression found no cell to hide for {report.Findings[0]}.");
            }
        }
    }

    private static int ChooseCandidate(SumSystem system, bool[] hidden, int exposed, long needed, int[] detail)
    {
        // An equation in which the exposed cell is the only hidden one must get a partner: choose within it.
        foreach (var k in system.RelationsOf(exposed))
        {
            var alone = true;
            foreach (var m in system.MembersOf(k))
            {
                alone &= m == exposed || !hidden[m];
            }
            if (alone)
            {
                return Best(system, hidden, system.MembersOf(k), needed, detail);
            }
        }
        var neighbours = new List<int>();
        foreach (var k in system.RelationsOf(exposed))
        {
            neighbours.AddRange(system.MembersOf(k));
        }
        var best = Best(system, hidden, neighbours, needed, detail);
        if (best >= 0)
        {
            return best;
        }
        // Every neighbour is hidden: widen the search through equations of hidden cells reachable from it.
        var seen = new HashSet<int> { exposed };
        var frontier = new Queue<int>([exposed]);
        var reachable = new List<int>();
        while (frontier.Count > 0)
        {
            var cell = frontier.Dequeue();
            foreach (var k in system.RelationsOf(cell))
            {
                foreach (var m in system.MembersOf(k))
                {
                    if (!seen.Add(m))
                    {
                        continue;
                    }
                    reachable.Add(m);
                    if (hidden[m])
                    {
                        frontier.Enqueue(m);
                    }
                }
            }
        }
        return Best(system, hidden, reachable, needed, detail);
    }

    private static int Best(SumSystem system, bool[] hidden, IEnumerable<int> candidates, long needed, int[] detail)
    {
        var best = -1;
        foreach (var c in candidates)
        {
            if (hidden[c])
            {
                continue;
            }
            if (best < 0 || Better(c, best))
            {
                best = c;
            }
        }
        return best;

        // Order: fewest equations in which the candidate would itself be the only hidden cell (each would need yet
        // another partner, the cascade that makes secondary suppression expensive in many dimensions); then a value at
        // least the protection interval; then the smallest value; then the most detailed cell; then the lowest number.
        bool Better(int a, int b)
        {
            var na = NewSingles(system, hidden, a);
            var nb = NewSingles(system, hidden, b);
            if (na != nb)
            {
                return na < nb;
            }
            var va = system.ValueOf(a);
            var vb = system.ValueOf(b);
            var bigA = va >= needed;
            var bigB = vb >= needed;
            if (bigA != bigB)
            {
                return bigA; // a partner smaller than the protection interval cannot give the interval alone
            }
            if (va != vb)
            {
                return va < vb;
            }
            if (detail[a] != detail[b])
            {
                return detail[a] > detail[b]; // prefer detailed cells to margins
            }
            return a < b;
        }
    }

    // The number of equations in which the candidate would be the only hidden cell: each needs a further partner.
    private static int NewSingles(SumSystem system, bool[] hidden, int candidate)
    {
        var singles = 0;
        foreach (var k in system.RelationsOf(candidate))
        {
            var any = false;
            foreach (var m in system.MembersOf(k))
            {
                if (hidden[m])
                {
                    any = true;
                    break;
                }
            }
            if (!any)
            {
                singles++;
            }
        }
        return singles;
    }

    private static int[] DetailOf(CountTable table)
    {
        var detail = new int[table.CellCount];
        for (var cell = 0; cell < detail.Length; cell++)
        {
            for (var d = 0; d < table.Dimensions.Count; d++)
            {
                detail[cell] += table.Dimensions[d].DepthOf(table.CategoryOf(cell, d));
            }
        }
        return detail;
    }
}
