using System.Globalization;
using Kpr.Core.Publishing;

namespace Kpr.Cli.Output;

/// <summary>
/// A table of primitive cells (string, integer, double, bool, null, or a <see cref="PublishedCell"/>) with named
/// columns: what the listing commands print. Written by the one writer (<see cref="PublishedTableWriter"/>) as
/// aligned text, CSV or JSON. Column names are a public contract (scripts read them).
/// </summary>
internal sealed class TabularResult
{
    private readonly List<object?[]> _rows = [];

    public TabularResult(params string[] columns) => Columns = columns;

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<object?[]> Rows => _rows;

    public void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"Row has {cells.Length} cells but the table has {Columns.Count} columns.", nameof(cells));
        }
        _rows.Add(cells);
    }

    public void Write(TextWriter writer, OutputFormat format) =>
        PublishedTableWriter.Write(writer, ToPublishedTable(), format);

    /// <summary>The rows as a table of shown values (other types as their invariant text; <see cref="HiddenCell"/> as hidden).</summary>
    public PublishedTable ToPublishedTable() =>
        PublishedTable.Create("", Columns, 0, _rows.Select(r => r.Select(Cell)));

    /// <summary>Invariant text of a cell; doubles round-trip exactly ("R"); null is empty.</summary>
    public static string FormatCell(object? cell) => cell switch
    {
        null => "",
        HiddenCell => ":",
        PublishedCell p => p.ToString(),
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    /// <summary>One CSV field quoted by the one rule (Sylvan's), for writers that stream their own lines.</summary>
    public static string CsvEscape(string value)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        PublishedTableWriter.WriteCsv(text, null, [[value]]);
        return text.ToString().TrimEnd('\n');
    }

    private static object? Cell(object? cell) => cell switch
    {
        null or string or int or long or double or bool or PublishedCell => cell,
        HiddenCell => PublishedCell.Hidden(Kpr.Core.Disclosure.SuppressionReason.Requested),
        _ => FormatCell(cell),
    };
}
