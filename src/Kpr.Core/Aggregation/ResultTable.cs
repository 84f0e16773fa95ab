using System.Collections.Immutable;
using System.Globalization;
using Kpr.Core.Formatting;
using Kpr.Core.Internal;

namespace Kpr.Core.Aggregation;

/// <summary>
/// An immutable tidy table: named columns, the first <see cref="DimensionCount"/> of which are dimensions (string ids,
/// <c>total</c> for a margin), followed by measures. Cells are primitives only: <see cref="string"/>,
/// <see cref="long"/>, <see cref="double"/> or <c>null</c> (not computable). Column names are a public contract.
/// To publish or write a table, pass the query result to <see cref="Publishing.Publisher"/>: the published table carries
/// each cell's status and is what the writers take.
/// </summary>
[TypeFormatterSource(typeof(TabularFormatterSource))]
public sealed class ResultTable : ITabularData
{
    internal ResultTable(ImmutableArray<string> columns, int dimensionCount, ImmutableArray<ImmutableArray<object?>> rows, string? title = null)
    {
        Columns = columns;
        DimensionCount = dimensionCount;
        Rows = rows;
        Title = title;
    }

    /// <summary>What the table shows, as a title for a reader (e.g. <c>Recipients per 1000 inhabitants by
    /// helsefellesskap, on 31 December 2021 …</c>), including what was left out; null for a table made with
    /// <see cref="Create"/>. Not part of the CSV or JSON.</summary>
    public string? Title { get; }

    /// <summary>Column names in order: dimensions first, then measures (e.g. <c>count</c>, <c>rate</c>).</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>How many leading columns are dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>The rows; each has one primitive cell per column.</summary>
    public ImmutableArray<ImmutableArray<object?>> Rows { get; }

    /// <summary>Creates a table, checking that every row has one primitive cell per column.</summary>
    /// <param name="columns">Distinct column names.</param>
    /// <param name="dimensionCount">How many leading columns are dimensions.</param>
    /// <param name="rows">Rows of <see cref="string"/>, <see cref="long"/>, <see cref="double"/> or null cells.</param>
    public static ResultTable Create(IEnumerable<string> columns, int dimensionCount, IEnumerable<IEnumerable<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var cols = columns.ToImmutableArray();
        Preconditions.CheckRange(dimensionCount, 0, cols.Length);
        Preconditions.CheckArgument(cols.Distinct(StringComparer.Ordinal).Count() == cols.Length, nameof(columns), "Column names must be distinct.");
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<object?>>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var cells = row.Select(c => c is int i ? (long)i : c).ToImmutableArray();
            Preconditions.CheckArgument(cells.Length == cols.Length, nameof(rows), $"Every row needs {cols.Length} cells.");
            foreach (var c in cells)
            {
                Preconditions.CheckArgument(c is null or string or long or double, nameof(rows), "Cells must be string, long, double or null.");
            }
            builder.Add(cells);
        }
        return new ResultTable(cols, dimensionCount, builder.ToImmutable());
    }

    /// <summary>The index of a column, or -1.</summary>
    public int ColumnIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        for (var i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The rows whose dimension columns equal the given ids, in column order (e.g. <c>Find("80-89", "total")</c>),
    /// or null when there is none.
    /// </summary>
    public ImmutableArray<object?>? Find(params string[] dimensionValues)
    {
        ArgumentNullException.ThrowIfNull(dimensionValues);
        Preconditions.CheckArgument(dimensionValues.Length == DimensionCount, nameof(dimensionValues), $"Expected {DimensionCount} values.");
        foreach (var row in Rows)
        {
            var match = true;
            for (var d = 0; d < DimensionCount && match; d++)
            {
                match = string.Equals(row[d] as string, dimensionValues[d], StringComparison.Ordinal);
            }
            if (match)
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>The table as aligned, culture-invariant text (the first 100 rows, then how many more).</summary>
    public override string ToString() => TabularFormatterSource.ToPlainText(this);

    string ITabularData.Caption => Title ?? string.Create(CultureInfo.InvariantCulture, $"{Rows.Length} rows");

    internal ResultTable WithTitle(string title) => new(Columns, DimensionCount, Rows, title);

    IReadOnlyList<string> ITabularData.ColumnNames => Columns;

    IEnumerable<IReadOnlyList<object?>> ITabularData.RowValues => Rows.Select(r => (IReadOnlyList<object?>)r);

    int ITabularData.RowCount => Rows.Length;
}
