namespace Kpr.Core.Disclosure;

/// <summary>
/// Audits a pattern of hidden cells in a <see cref="Publication"/> by linear programming under the attacker model of
/// docs/methods.md: the intruder knows every shown cell of every table, every sum relation between them (through the
/// finest cells), the threshold, that zeros are shown, and the public denominators.
/// </summary>
/// <remarks>
/// A hidden figure is exposed when it is determined exactly, or, for a primary-hidden figure or a small unpublished
/// cell, when its feasible interval is narrower than <see cref="ProtectionOptions.ProtectionIntervalWidth"/>. The
/// intervals are computed with Google OR-Tools' GLOP (an LP over the finest cells), not by hand-written elimination.
/// </remarks>
public static class PublicationAuditor
{
    /// <summary>Audits the hidden cells given by a predicate. A figure shown in several tables counts as hidden when it is
    /// hidden in any of them (what one table shows, all show).</summary>
    /// <param name="publication">The publication (true values).</param>
    /// <param name="isHidden">Whether cell c of table t is hidden: <c>isHidden(t, c)</c>.</param>
    /// <param name="options">The rules (threshold, zeros, width).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PublicationAuditReport Audit(Publication publication, Func<int, int, bool> isHidden, ProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(publication);
        ArgumentNullException.ThrowIfNull(isHidden);
        ArgumentNullException.ThrowIfNull(options);
        var hidden = new bool[publication.FigureCount];
        var shownSomewhere = new bool[publication.FigureCount];
        for (var t = 0; t < publication.Tables.Count; t++)
        {
            for (var c = 0; c < publication.Tables[t].Cells.Count; c++)
            {
                var q = publication.FigureOf(t, c);
                if (isHidden(t, c))
                {
                    hidden[q] = true;
                }
                else
                {
                    shownSomewhere[q] = true;
                }
            }
        }
        var reasons = new SuppressionReason[publication.FigureCount];
        for (var q = 0; q < reasons.Length; q++)
        {
            var figure = publication.FigureCells[q];
            reasons[q] = hidden[q] ? options.PrimaryReason(figure.Count, figure.Denominator) : SuppressionReason.None;
            if (hidden[q] && shownSomewhere[q])
            {
                // Shown in one table, hidden in another: it is shown.
                hidden[q] = false;
                reasons[q] = SuppressionReason.None;
            }
        }
        return Audit(publication, hidden, reasons, options);
    }

    internal static PublicationAuditReport Audit(Publication publication, bool[] hidden, SuppressionReason[] reasons, ProtectionOptions options)
    {
        var (lower, sensitive) = AttackerModel.Knowledge(publication, reasons, options);
        var staysShown = hidden.Select(h => !h).ToArray();
        using var attack = new LinearAttack(publication, hidden, staysShown, lower);
        var targets = AttackerModel.Targets(publication, hidden, sensitive);
        var exposed = attack.Exposed(targets, sensitive, options.ProtectionIntervalWidth);
        var findings = exposed.Select(e => AttackerModel.Finding(publication, e.Figure, e.Lower, e.Upper)).ToList();
        var hiddenCount = hidden.Count(h => h);
        return new PublicationAuditReport(hiddenCount, targets.Count - hiddenCount, findings, options.ProtectionIntervalWidth, attack.Solves);
    }
}
