using System.CommandLine;
using Kpr.Cli.Output;
using Kpr.Core.Aggregation;
using Kpr.Core.Disclosure;

namespace Kpr.Cli.Commands;

/// <summary>
/// <c>--protect N</c> for <c>kpr table</c>: the cube behind a result table is protected (primary and secondary
/// suppression against all its margins at once, see docs/methods.md), then every count from a hidden cell, and
/// everything computed from it (rate, interval, change), is written as hidden. Margins stay in the output so
/// readers can check the sums.
/// </summary>
internal static class TableProtection
{
    private static readonly string[] DerivedFromCount = ["count", "rate", "lower", "upper", "change_percent"];

    public static Option<int> Option() => new("--protect")
    {
        Description = "Hide counts from 1 to N−1 (and complements and margins that would reveal them): SSB's example is 3, KOSTRA uses 5 for KPR figures. 0 (default) = off.",
        DefaultValueFactory = _ => 0,
    };

    public static int Threshold(ParseResult parse, Option<int> option)
    {
        var n = parse.GetValue(option);
        return n >= 0 ? n : throw new CliException("--protect: the threshold must be 0 (off) or positive.");
    }

    /// <summary>Rows of a table whose first <see cref="ResultTable.DimensionCount"/> columns are the cube's axis
    /// values, with hidden cells replaced by <see cref="HiddenCell"/>. Threshold 0 returns the rows unchanged.</summary>
    public static IEnumerable<object?[]> Apply(ResultTable table, Cube cube, int threshold, int? baselineYear = null)
    {
        if (threshold <= 0)
        {
            return table.Rows.Select(r => r.ToArray());
        }
        var protectedTable = cube.Protect(ProtectionOptions.Create(threshold));
        var countTable = protectedTable.Table;
        var dims = table.DimensionCount;
        var monthColumn = baselineYear is null ? -1 : table.ColumnIndex("month");
        bool Hidden(string[] codes) => protectedTable.IsHidden(countTable.CellIndex(codes));
        return table.Rows.Select(row =>
        {
            var cells = row.ToArray();
            var codes = cells.Take(dims).Select(c => (string)c!).ToArray();
            if (Hidden(codes))
            {
                Hide(table, cells, DerivedFromCount);
            }
            if (monthColumn >= 0 && codes[monthColumn] is { Length: 7 } month && month != CubeAxis.Total)
            {
                codes[monthColumn] = $"{baselineYear:D4}{month[4..]}";
                if (Hidden(codes))
                {
                    Hide(table, cells, ["baseline_count", "change_percent"]);
                }
            }
            return cells;
        });
    }

    private static void Hide(ResultTable table, object?[] cells, IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            var i = table.Columns.IndexOf(column);
            if (i >= 0)
            {
                cells[i] = HiddenCell.Value;
            }
        }
    }
}
