using System.Collections.Immutable;
using System.Globalization;
using Kpr.Core.Aggregation;

namespace Kpr.Core.Publishing;

/// <summary>
/// What each kind of query result publishes and which count cells each figure depends on: the one place where the
/// link between a figure and its counts (and so its protection) is stated.
/// </summary>
internal static class PublishableResults
{
    private static readonly string[] RateColumns = ["count", "rate", "lower", "upper"];

    public static PublishableResult From(Cube cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var table = cube.ToTable();
        var dims = table.DimensionCount;
        return new PublishableResult(table.Title ?? Title(cube), table, [cube], Decimals(table, []), [],
            (row, column) => [(0, Codes(row, dims))]);
    }

    public static PublishableResult From(RateTable rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        var table = rates.ToTable();
        var dims = table.DimensionCount;
        var dependent = ColumnSet(table, RateColumns);
        var notes = rates.PopulationMissing is { } missing ? ImmutableArray.Create("No population for the rates: " + missing) : [];
        return new PublishableResult(
            table.Title ?? string.Create(CultureInfo.InvariantCulture, $"Recipients per 1000 inhabitants, {rates.Period}{By(rates.Recipients)}"),
            table, [rates.Recipients], Decimals(table, new() { ["population"] = 0, ["rate"] = 1, ["lower"] = 1, ["upper"] = 1 }), notes,
            (row, column) => dependent[column] ? [(0, Codes(row, dims))] : []);
    }

    public static PublishableResult From(ShareTable shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var table = shares.ToTable();
        var dims = table.DimensionCount;
        var attribute = shares.Current.Axes[shares.AttributeAxis];
        var value = attribute.ValueAt(shares.ValueIndex);
        var current = ColumnSet(table, ["count", "denominator", "share", "lower", "upper", "change_pp", "change_lower", "change_upper"]);
        var previous = ColumnSet(table, ["previous_count", "previous_denominator", "previous_share", "change_pp", "change_lower", "change_upper"]);
        ImmutableArray<Cube> counts = shares.Previous is { } p ? [shares.Current, p] : [shares.Current];
        return new PublishableResult(
            table.Title ?? string.Create(CultureInfo.InvariantCulture, $"Share of recipients with {attribute.Name} = {value}, {shares.Period}{By(shares.Current, dims)}"),
            table, counts,
            Decimals(table, new() { ["share"] = 1, ["lower"] = 1, ["upper"] = 1, ["previous_share"] = 1, ["change_pp"] = 1, ["change_lower"] = 1, ["change_upper"] = 1 }), [],
            (row, column) =>
            {
                var codes = Codes(row, dims);
                string[] withValue = [.. codes, value];
                string[] all = [.. codes, CubeAxis.Total];
                var deps = new List<(int, string[])>();
                if (current[column])
                {
                    deps.Add((0, withValue));
                    deps.Add((0, all));
                }
                if (previous[column] && counts.Length > 1)
                {
                    deps.Add((1, withValue));
                    deps.Add((1, all));
                }
                return deps;
            });
    }

    public static PublishableResult From(MonthlyComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = comparison.ToTable();
        var dims = table.DimensionCount;
        var month = table.ColumnIndex("month");
        var current = ColumnSet(table, ["count", "change_percent"]);
        var baseline = ColumnSet(table, ["baseline_count", "change_percent"]);
        var notes = new List<string>();
        if (comparison.LeftOut.Length > 0)
        {
            notes.Add("Left out of the comparison: " + comparison.LeftOut + ".");
        }
        return new PublishableResult(
            table.Title ?? string.Create(CultureInfo.InvariantCulture, $"Service starts per month against the same month of {comparison.BaselineYear}{By(comparison.Starts, comparison.Starts.Axes.Length - 1)}"),
            table, [comparison.Starts], Decimals(table, new() { ["change_percent"] = 1 }), [.. notes],
            (row, column) =>
            {
                var codes = Codes(row, dims);
                var deps = new List<(int, string[])>();
                if (current[column])
                {
                    deps.Add((0, codes));
                }
                if (baseline[column] && codes[month] is { Length: 7 } m && m != CubeAxis.Total)
                {
                    var baseCodes = (string[])codes.Clone();
                    baseCodes[month] = string.Create(CultureInfo.InvariantCulture, $"{comparison.BaselineYear:D4}{m[4..]}");
                    deps.Add((0, baseCodes));
                }
                return deps;
            });
    }

    private static string[] Codes(ImmutableArray<object?> row, int dims)
    {
        var codes = new string[dims];
        for (var d = 0; d < dims; d++)
        {
            codes[d] = (string)row[d]!;
        }
        return codes;
    }

    private static bool[] ColumnSet(ResultTable table, IEnumerable<string> names)
    {
        var set = new bool[table.Columns.Length];
        foreach (var name in names)
        {
            var i = table.ColumnIndex(name);
            if (i >= 0)
            {
                set[i] = true;
            }
        }
        return set;
    }

    private static ImmutableArray<int?> Decimals(ResultTable table, Dictionary<string, int> decimals) =>
        [.. table.Columns.Select(c => decimals.TryGetValue(c, out var d) ? d : (int?)null)];

    private static string Title(Cube cube) => cube.Kind switch
    {
        CountKind.DistinctPersons => "Recipients (distinct persons)" + By(cube),
        _ => "Service starts" + By(cube),
    };

    private static string By(Cube cube, int? axes = null)
    {
        var names = cube.Axes.Take(axes ?? cube.Axes.Length).Select(a => a.Name).ToArray();
        return names.Length == 0 ? "" : " by " + string.Join(" × ", names);
    }
}
