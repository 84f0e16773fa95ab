namespace Kpr.Core.Disclosure;

/// <summary>
/// What the documented intruder knows about a publication's figures beyond the shown values (docs/methods.md,
/// "Attacker model"): the threshold, that zeros are shown, and the public denominators.
/// </summary>
internal static class AttackerModel
{
    /// <summary>The lower bound an intruder knows for a hidden figure: 1 when zeros are shown and the figure could not
    /// have been hidden as a zero (its public denominator is not small), else 0. A figure that is truly 0 but hidden on
    /// request gets 0, so that the true table stays feasible.</summary>
    public static long HiddenLower(PublicationCell figure, ProtectionOptions options)
    {
        if (options.HideZeros || figure.Count == 0)
        {
            return 0;
        }
        if (figure.Denominator is { } n && n < options.DenominatorThreshold)
        {
            return 0;
        }
        return 1;
    }

    /// <summary>Whether a figure needs the protection interval: a primary-hidden published figure, or an unpublished
    /// count from 1 to N − 1.</summary>
    public static bool IsSensitive(PublicationCell figure, bool published, SuppressionReason reason, ProtectionOptions options) =>
        published ? TableProtector.IsPrimary(reason) : figure.Count >= 1 && figure.Count < options.Threshold;

    /// <summary>The per-figure arrays the linear attack needs.</summary>
    public static (long[] Lower, bool[] Sensitive) Knowledge(Publication publication, SuppressionReason[] reasons, ProtectionOptions options)
    {
        var n = publication.FigureCount;
        var lower = new long[n];
        var sensitive = new bool[n];
        for (var q = 0; q < n; q++)
        {
            var figure = publication.FigureCells[q];
            lower[q] = HiddenLower(figure, options);
            sensitive[q] = IsSensitive(figure, publication.FigurePublished[q], reasons[q], options);
        }
        return (lower, sensitive);
    }

    /// <summary>The figures to audit: hidden published ones and small unpublished ones.</summary>
    public static List<int> Targets(Publication publication, bool[] hidden, bool[] sensitive)
    {
        var targets = new List<int>();
        for (var q = 0; q < publication.FigureCount; q++)
        {
            if (publication.FigurePublished[q] ? hidden[q] : sensitive[q])
            {
                targets.Add(q);
            }
        }
        return targets;
    }

    public static PublicationFinding Finding(Publication publication, int figure, long lower, long? upper)
    {
        var (table, codes) = Locate(publication, figure);
        return new PublicationFinding(table, codes, upper == lower ? ExposureKind.Determined : ExposureKind.NarrowInterval, lower, upper);
    }

    public static (string? Table, IReadOnlyList<string> Codes) Locate(Publication publication, int figure)
    {
        for (var t = 0; t < publication.Tables.Count; t++)
        {
            var cells = publication.Tables[t].Cells;
            for (var c = 0; c < cells.Count; c++)
            {
                if (publication.FigureOf(t, c) == figure)
                {
                    return (publication.Tables[t].Name, cells[c].Codes);
                }
            }
        }
        return (null, publication.FigureCells[figure].Codes);
    }
}
