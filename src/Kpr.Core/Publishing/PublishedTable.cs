using System.Collections.Immutable;
using System.Globalization;
using Kpr.Core.Disclosure;
using Kpr.Core.Formatting;
using Kpr.Core.Internal;

namespace Kpr.Core.Publishing;

/// <summary>
/// A table as it may be published: named columns (the first <see cref="DimensionCount"/> are dimensions, then the
/// measures), and rows of <see cref="PublishedCell"/>s, each a value with its status (shown, hidden with its reason,
/// not computable). Produced from a query result by <see cref="Publisher"/>; written by one writer (the <c>kpr</c>
/// tool's CSV, JSON and text output). Column names are a public contract.
/// </summary>
/// <remarks>Immutable. Hidden cells carry no value, so a published table cannot leak what protection hid.</remarks>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class PublishedTable : ITabularData
{
    private readonly ImmutableArray<int?> _decimals;

    internal PublishedTable(string title, ImmutableArray<string> columns, int dimensionCount, ImmutableArray<int?> decimals,
        ImmutableArray<ImmutableArray<PublishedCell>> rows, ImmutableArray<string> notes, ProtectionOptions? protection)
    {
        Title = title;
        Columns = columns;
        DimensionCount = dimensionCount;
        _decimals = decimals;
        Rows = rows;
        Notes = notes;
        Protection = protection;
    }

    /// <summary>What the table shows, as a title (e.g. "Recipients per 1000 on 2021-12-31 by helsefellesskap").</summary>
    public string Title { get; }

    /// <summary>Column names: dimensions first, then measures (e.g. <c>count</c>, <c>population</c>, <c>rate</c>).</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>How many leading columns are dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>The rows, one cell per column.</summary>
    public ImmutableArray<ImmutableArray<PublishedCell>> Rows { get; }

    /// <summary>What a reader should know that the cells do not say (e.g. months or groups left out), once per table.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>The protection rules applied, or null when the table is not protected.</summary>
    public ProtectionOptions? Protection { get; }

    /// <summary>The number of hidden cells (counts and the values derived from them).</summary>
    public int HiddenCount => Rows.Sum(r => r.Count(c => c.IsHidden));

    /// <summary>Decimals for presenting a column's doubles (e.g. 1 for a rate, 0 for a population), or null for full precision.</summary>
    /// <param name="column">The column index.</param>
    /// <returns>The decimals, or null.</returns>
    public int? DisplayDecimals(int column)
    {
        Preconditions.CheckRange(column, 0, Columns.Length - 1);
        return _decimals[column];
    }

    /// <summary>A table of shown values, e.g. a listing no protection applies to.</summary>
    /// <param name="title">The title.</param>
    /// <param name="columns">Distinct column names.</param>
    /// <param name="dimensionCount">How many leading columns are dimensions.</param>
    /// <param name="rows">Rows of string, integer, double, bool or null values, or <see cref="PublishedCell"/>s.</param>
    /// <param name="displayDecimals">Decimals per column for presentation (null entries: full precision), or null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">Repeated column names, a row of the wrong length or a value of another type.</exception>
    public static PublishedTable Create(string title, IEnumerable<string> columns, int dimensionCount, IEnumerable<IEnumerable<object?>> rows,
        IEnumerable<int?>? displayDecimals = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var cols = columns.ToImmutableArray();
        Preconditions.CheckRange(dimensionCount, 0, cols.Length);
        Preconditions.CheckArgument(cols.Distinct(StringComparer.Ordinal).Count() == cols.Length, nameof(columns), "Column names must be distinct.");
        var decimals = displayDecimals?.ToImmutableArray() ?? [.. cols.Select(_ => (int?)null)];
        Preconditions.CheckArgument(decimals.Length == cols.Length, nameof(displayDecimals), "One entry per column.");
        var built = ImmutableArray.CreateBuilder<ImmutableArray<PublishedCell>>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var cells = row.Select(c => c is PublishedCell p ? p : PublishedCell.Shown(c)).ToImmutableArray();
            Preconditions.CheckArgument(cells.Length == cols.Length, nameof(rows), $"Every row needs {cols.Length} cells.");
            built.Add(cells);
        }
        return new PublishedTable(title, cols, dimensionCount, decimals, built.ToImmutable(), [], null);
    }

    /// <summary>The index of a column, or -1.</summary>
    /// <param name="column">The name.</param>
    /// <returns>The index.</returns>
    public int ColumnIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Columns.IndexOf(column, StringComparer.Ordinal);
    }

    /// <summary>The row whose dimension cells equal the given ids (<c>total</c> for a margin), or null.</summary>
    /// <param name="dimensionValues">One id per dimension column.</param>
    /// <returns>The row, or null.</returns>
    public ImmutableArray<PublishedCell>? Find(params string[] dimensionValues)
    {
        ArgumentNullException.ThrowIfNull(dimensionValues);
        Preconditions.CheckArgument(dimensionValues.Length == DimensionCount, nameof(dimensionValues), $"Expected {DimensionCount} values.");
        foreach (var row in Rows)
        {
            var match = true;
            for (var d = 0; d < DimensionCount && match; d++)
            {
                match = string.Equals(row[d].Value as string, dimensionValues[d], StringComparison.Ordinal);
            }
            if (match)
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>The title, the size and the number of hidden cells, then the first rows as aligned text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => TabularFormatterSource.ToPlainText(this);

    string ITabularData.Caption => Title + (Protection is { } p
        ? string.Create(CultureInfo.InvariantCulture, $" (protected, threshold {p.Threshold}: {HiddenCount} cells hidden)")
        : "");

    IReadOnlyList<string> ITabularData.ColumnNames => Columns;

    IEnumerable<IReadOnlyList<object?>> ITabularData.RowValues =>
        Rows.Select(r => (IReadOnlyList<object?>)[.. r.Select((c, i) => (object?)c.Format(_decimals[i]))]);

    int ITabularData.RowCount => Rows.Length;
}
