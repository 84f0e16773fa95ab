namespace Kpr.Core.Disclosure;

/// <summary>
/// Protects a <see cref="Publication"/> as a whole: primary suppression, optional series suppression, then secondary
/// suppression chosen over all tables at once until the linear-programming audit (<see cref="PublicationAuditor"/>)
/// finds no hidden figure determined and no small figure (primary-hidden, or unpublished such as a single age between
/// two band sets) narrower than the protection interval.
/// </summary>
/// <remarks>
/// <para><b>Secondary choice.</b> For each exposed figure, the candidates are the shown figures that share finest
/// cells with it and the shown figures inside its smallest enclosing margins (its siblings). They are ranked as
/// GaussSuppression ranks candidates for frequency tables — a count at least the needed width first, then the
/// smallest count, then the most detailed figure — and the first candidate whose hiding gives the exposed figure its
/// interval (checked by LP) is hidden; if none does alone, the one that widens it most. Zeros are never hidden as
/// secondary (unless <see cref="ProtectionOptions.HideZeros"/>), so a hidden figure is known to be at least 1.</para>
/// <para><b>Pruning.</b> Afterwards every secondary figure is tried shown again, the largest first; it stays shown if
/// the audit is still clean. Hiding is never undone otherwise, so the result is safe and deterministic; protecting the
/// result again changes nothing.</para>
/// <para><b>Singletons.</b> A hidden 1 is at least 1 for the intruder (zeros are shown), so two or three hidden ones
/// beside a shown total are caught as determined (the "two ones" case), and get a further partner.</para>
/// </remarks>
public static class PublicationProtector
{
    private const int CandidatesTried = 8;

    /// <summary>Protects a publication.</summary>
    /// <param name="publication">The publication.</param>
    /// <param name="options">The rules (threshold N, zeros, protection interval width, series rule).</param>
    /// <returns>The protected publication.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The figures contradict each other (a shown total below its parts).</exception>
    public static ProtectedPublication Protect(Publication publication, ProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(options);
        var n = publication.FigureCount;
        var reasons = new SuppressionReason[n];
        for (var q = 0; q < n; q++)
        {
            if (publication.FigurePublished[q])
            {
                var figure = publication.FigureCells[q];
                reasons[q] = options.PrimaryReason(figure.Count, figure.Denominator);
            }
        }
        if (options.Series is { } series)
        {
            ApplySeries(publication, series, reasons);
        }
        return Secondary(publication, options, reasons);
    }

    /// <summary>Protects an already protected publication again, keeping every hidden figure (nothing changes for one
    /// produced by this class).</summary>
    /// <param name="protectedPublication">The protected publication.</param>
    /// <returns>The publication, re-audited and repaired if needed.</returns>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public static ProtectedPublication Protect(ProtectedPublication protectedPublication)
    {
        ArgumentNullException.ThrowIfNull(protectedPublication);
        var publication = protectedPublication.Publication;
        var reasons = new SuppressionReason[publication.FigureCount];
        for (var t = 0; t < publication.Tables.Count; t++)
        {
            for (var c = 0; c < publication.Tables[t].Cells.Count; c++)
            {
                reasons[publication.FigureOf(t, c)] = protectedPublication.ReasonAt(t, c);
            }
        }
        return Secondary(publication, protectedPublication.Options, reasons, prune: false);
    }

    private static ProtectedPublication Secondary(Publication publication, ProtectionOptions options, SuppressionReason[] reasons, bool prune = true)
    {
        var n = publication.FigureCount;
        var figures = publication.FigureCells;
        var hidden = reasons.Select(r => r != SuppressionReason.None).ToArray();
        var (lower, sensitive) = AttackerModel.Knowledge(publication, reasons, options);
        // Zeros are never secondary (unless zeros are hidden anyway), so shown zeros stay shown.
        var eligible = new bool[n];
        var staysShown = new bool[n];
        for (var q = 0; q < n; q++)
        {
            eligible[q] = publication.FigurePublished[q] && !hidden[q] && (figures[q].Count > 0 || options.HideZeros);
            staysShown[q] = publication.FigurePublished[q] && !hidden[q] && !eligible[q];
        }
        var width = options.ProtectionIntervalWidth;
        using var attack = new LinearAttack(publication, hidden, staysShown, lower);
        var targets = AttackerModel.Targets(publication, hidden, sensitive);
        var rounds = 0;
        while (true)
        {
            rounds++;
            var exposed = attack.Exposed(targets, sensitive, width);
            if (exposed.Count == 0)
            {
                break;
            }
            var added = 0;
            foreach (var (q, _, _) in exposed)
            {
                var need = sensitive[q] ? Math.Max(1, width) : 1;
                // An earlier choice in this round may already have freed it.
                if (added > 0 && !attack.IsNarrow(q, need, out _, out _))
                {
                    continue;
                }
                var candidate = Choose(attack, publication, eligible, q, need);
                if (candidate < 0)
                {
                    continue;
                }
                attack.SetHidden(candidate, true);
                hidden[candidate] = true;
                eligible[candidate] = false;
                reasons[candidate] = SuppressionReason.Secondary;
                targets.Add(candidate);
                added++;
            }
            if (added == 0)
            {
                var (table, codes) = AttackerModel.Locate(publication, exposed[0].Figure);
                throw new InvalidOperationException(
                    $"Secondary suppression found no cell to hide for {table ?? "unpublished"} ({string.Join(", ", codes)}).");
            }
        }
        if (prune)
        {
            rounds += Prune(attack, publication, reasons, hidden, eligible, targets, sensitive, width);
        }
        return new ProtectedPublication(publication, options, reasons, rounds, attack.Solves);
    }

    // Tries every secondary figure shown again, largest first; keeps it shown when the audit stays clean.
    private static int Prune(LinearAttack attack, Publication publication, SuppressionReason[] reasons, bool[] hidden, bool[] eligible,
        List<int> targets, bool[] sensitive, long width)
    {
        var secondary = Enumerable.Range(0, reasons.Length).Where(q => reasons[q] == SuppressionReason.Secondary)
            .OrderByDescending(q => publication.FigureCells[q].Count).ThenByDescending(attack.SizeOf).ThenByDescending(q => q).ToList();
        if (secondary.Count < 2)
        {
            return 0;
        }
        foreach (var q in secondary)
        {
            attack.SetHidden(q, false);
            var rest = targets.Where(t => t != q).ToList();
            if (attack.Exposed(rest, sensitive, width).Count == 0)
            {
                reasons[q] = SuppressionReason.None;
                hidden[q] = false;
                eligible[q] = true;
                targets.Remove(q);
            }
            else
            {
                attack.SetHidden(q, true);
            }
        }
        return 1;
    }

    private static int Choose(LinearAttack attack, Publication publication, bool[] eligible, int exposed, long need)
    {
        var figures = publication.FigureCells;
        var candidates = new HashSet<int>();
        var supersets = new List<int>();
        foreach (var o in attack.Overlapping(exposed))
        {
            if (eligible[o])
            {
                candidates.Add(o);
            }
            if (o != exposed && publication.FigurePublished[o] && attack.Contains(o, exposed))
            {
                supersets.Add(o);
            }
        }
        // Siblings: shown figures inside the smallest margins around the exposed figure.
        foreach (var s in supersets.OrderBy(attack.SizeOf).ThenBy(s => s).Take(3))
        {
            foreach (var o in attack.Overlapping(s))
            {
                if (eligible[o] && attack.Contains(s, o))
                {
                    candidates.Add(o);
                }
            }
        }
        if (candidates.Count == 0)
        {
            // Everything near is hidden already: look one step further out.
            foreach (var s in supersets)
            {
                foreach (var o in attack.Overlapping(s))
                {
                    if (eligible[o])
                    {
                        candidates.Add(o);
                    }
                }
            }
        }
        var ranked = candidates
            .OrderBy(c => figures[c].Count >= need ? 0 : 1)
            .ThenBy(c => figures[c].Count)
            .ThenBy(attack.SizeOf)
            .ThenBy(c => c)
            .ToList();
        var best = -1;
        var bestWidth = -1.0;
        foreach (var c in ranked.Take(CandidatesTried))
        {
            attack.SetHidden(c, true);
            var narrow = attack.IsNarrow(exposed, need, out var lo, out var hi, keepWitnesses: false);
            attack.SetHidden(c, false, witnessesStillValid: true);
            if (!narrow)
            {
                return c;
            }
            var w = hi is { } h ? h - lo : double.PositiveInfinity;
            if (w > bestWidth)
            {
                best = c;
                bestWidth = w;
            }
        }
        return best;
    }

    private static void ApplySeries(Publication publication, SeriesRule rule, SuppressionReason[] reasons)
    {
        foreach (var (table, t) in publication.Tables.Select((x, i) => (x, i)))
        {
            var d = -1;
            for (var i = 0; i < table.Dimensions.Count; i++)
            {
                if (string.Equals(table.Dimensions[i], rule.Dimension, StringComparison.Ordinal))
                {
                    d = i;
                }
            }
            if (d < 0)
            {
                continue;
            }
            // A line: the cells that agree on every other dimension; its points are the non-total categories.
            var lines = Enumerable.Range(0, table.Cells.Count)
                .Where(c => !string.Equals(table.Cells[c].Codes[d], Aggregation.CubeAxis.Total, StringComparison.Ordinal))
                .GroupBy(c => string.Join('\u001f', table.Cells[c].Codes.Where((_, i) => i != d)), StringComparer.Ordinal);
            foreach (var line in lines)
            {
                var points = line.Select(c => publication.FigureOf(t, c)).ToArray();
                var hiddenPoints = points.Count(q => TableProtector.IsPrimary(reasons[q]) || reasons[q] == SuppressionReason.Requested);
                var weakPoints = line.Count(c => table.Cells[c].Count < rule.WeakBelow);
                if (hiddenPoints > rule.MaxHiddenShare * points.Length || weakPoints > rule.MaxWeakShare * points.Length)
                {
                    foreach (var q in points)
                    {
                        if (reasons[q] == SuppressionReason.None)
                        {
                            reasons[q] = SuppressionReason.Series;
                        }
                    }
                }
            }
        }
    }
}
