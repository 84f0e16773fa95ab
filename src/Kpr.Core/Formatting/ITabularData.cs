namespace Kpr.Core.Formatting;

/// <summary>
/// Implemented (internally) by result types that are tables, so that one formatter renders all of them as text,
/// HTML in notebooks, and readable <c>ToString()</c> output.
/// </summary>
internal interface ITabularData
{
    /// <summary>A short caption: what is counted, period, unit.</summary>
    string Caption { get; }

    /// <summary>Column names, in order.</summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The rows as primitive values (string, number, bool, null), in column order.</summary>
    IEnumerable<IReadOnlyList<object?>> RowValues { get; }

    /// <summary>The number of rows.</summary>
    int RowCount { get; }
}
