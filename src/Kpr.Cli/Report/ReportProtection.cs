using Kpr.Core.Disclosure;

namespace Kpr.Cli.Report;

/// <summary>One dimension of a table to protect: its name, its categories (without the total) and whether the
/// total is the sum of the categories.</summary>
internal sealed record ProtectedAxis(string Name, IReadOnlyList<string> Parts, bool Additive = true);

/// <summary>
/// Small-count protection of a table that is not a single cube (the monthly starts of one year, whose month margin
/// is the year) through the core's <see cref="TableProtector"/>: primary suppression of small counts, then secondary
/// suppression against every sum relation of the table, audited. Tables that are a cube use <see cref="CubeProtection"/>.
/// </summary>
internal sealed class ReportProtection
{
    private readonly ProtectedTable? _table;

    private ReportProtection(ProtectedTable? table) => _table = table;

    /// <summary>Protects the table whose cells <paramref name="count"/> gives (codes in axis order; <c>total</c> for
    /// margins). A threshold of 0 switches protection off.</summary>
    public static ReportProtection Create(IReadOnlyList<ProtectedAxis> axes, Func<string[], long> count, int threshold)
    {
        if (threshold <= 0)
        {
            return new ReportProtection(null);
        }
        var dimensions = axes.Select(a =>
        {
            var d = TableDimension.WithTotal(a.Name, Kpr.Core.Aggregation.CubeAxis.Total, [.. a.Parts]);
            return a.Additive ? d : d.AsNonAdditive();
        }).ToList();
        var table = CountTable.FromCells(dimensions, codes => count([.. codes]));
        return new ReportProtection(TableProtector.Protect(table, ProtectionOptions.Create(threshold)));
    }

    /// <summary>Whether the cell with these codes must be hidden.</summary>
    public bool IsHidden(params string[] codes) => _table is not null && _table.IsHidden(_table.Table.CellIndex(codes));
}
