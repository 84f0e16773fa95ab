using Kpr.Core.Formatting;

namespace Kpr.Core.Aggregation;

/// <summary>
/// A result that can be shown as its tidy <see cref="ResultTable"/>: notebooks render it through the convention
/// formatters (<see cref="TabularFormatterSource"/>) without any package dependency.
/// </summary>
internal interface ITableResult : ITabularData
{
    ResultTable ToTable();

    string ITabularData.Caption => ToString() ?? "";

    IReadOnlyList<string> ITabularData.ColumnNames => ToTable().Columns;

    IEnumerable<IReadOnlyList<object?>> ITabularData.RowValues => ToTable().Rows.Select(r => (IReadOnlyList<object?>)r);

    int ITabularData.RowCount => ToTable().Rows.Length;
}
