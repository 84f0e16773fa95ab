using Kpr.Core.Disclosure;

namespace Kpr.Cli.Report;

/// <summary>One dimension of a table to protect: its name, its categories (without the total) and whether the
/// total is the sum of the categories (false for service groups: a person in two groups counts once in the total).</summary>
internal sealed record ProtectedAxis(string Name, IReadOnlyList<string> Parts, bool Additive = true);

/// <summary>
/// Small-count protection of one report table through <see cref="TableProtector"/>: primary suppression of small
/// counts (and small complements), then secondary suppression against every sum relation of the table, audited.
/// </summary>
internal sealed class ReportProtection
{
    public const string Total = "total";

    private readonly ProtectedTable? _table;

    private ReportProtection(ProtectedTable? table) => _table = table;

    /// <summary>Protects the table whose cells <paramref name="count"/> gives (codes in axis order; "total" for
    /// margins). A threshold of 0 switches protection off.</summary>
    public static ReportProtection Create(IReadOnlyList<ProtectedAxis> axes, Func<string[], long> count, Func<string[], long>? denominator, int threshold)
    {
        if (threshold <= 0)
        {
            return new ReportProtection(null);
        }
        var dimensions = axes.Select(a =>
        {
            var d = TableDimension.WithTotal(a.Name, Total, [.. a.Parts]);
            return a.Additive ? d : d.AsNonAdditive();
        }).ToList();
        Func<IReadOnlyList<string>, long> countOf = codes => count([.. codes]);
        Func<IReadOnlyList<string>, long>? denominatorOf = denominator is null ? null : codes => denominator([.. codes]);
        var table = CountTable.FromCells(dimensions, countOf, denominatorOf);
        return new ReportProtection(TableProtector.Protect(table, ProtectionOptions.Create(threshold)));
    }

    /// <summary>Whether the cell with these codes must be hidden.</summary>
    public bool IsHidden(params string[] codes) => _table is not null && _table.IsHidden(_table.Table.CellIndex(codes));

    /// <summary>The number of hidden cells.</summary>
    public int HiddenCount => _table?.HiddenCells.Count ?? 0;
}
