using System.Globalization;
using System.Text;

namespace Kpr.Core.Formatting;

/// <summary>Supplies the HTML and plain-text formatters for every <see cref="ITabularData"/> result type.</summary>
internal sealed class TabularFormatterSource
{
    /// <summary>The number of rows shown before a "(N more)" line: static HTML survives any notebook front end.</summary>
    public const int MaxRows = 100;

    public IEnumerable<object> CreateTypeFormatters() => [new HtmlFormatter(), new PlainTextFormatter()];

    /// <summary>Renders a table as aligned plain text (also what the result types' ToString() returns).</summary>
    public static string ToPlainText(ITabularData table, int maxRows = MaxRows)
    {
        var rows = table.RowValues.Take(maxRows).Select(r => r.Select(Cell).ToArray()).ToList();
        var widths = table.ColumnNames.Select((c, i) => Math.Max(c.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        text.Append(table.Caption).Append('\n');
        text.Append(string.Join("  ", table.ColumnNames.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join("  ", row.Select((c, i) => c.PadLeft(widths[i]))).TrimEnd()).Append('\n');
        }
        if (table.RowCount > rows.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"({table.RowCount - rows.Count} more rows)\n");
        }
        return text.ToString();
    }

    /// <summary>Renders a table as a plain HTML table: encoded text, numbers right-aligned, capped rows.</summary>
    public static string ToHtml(ITabularData table, int maxRows = MaxRows)
    {
        var html = new StringBuilder();
        html.Append("<table><caption>").Append(Encode(table.Caption)).Append("</caption><thead><tr>");
        foreach (var column in table.ColumnNames)
        {
            html.Append("<th>").Append(Encode(column)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.RowValues.Take(maxRows))
        {
            html.Append("<tr>");
            foreach (var value in row)
            {
                var numeric = value is int or long or double or decimal;
                html.Append(numeric ? "<td style=\"text-align:right\">" : "<td>").Append(Encode(Cell(value))).Append("</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (table.RowCount > maxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>({table.RowCount - maxRows} more rows)</p>");
        }
        return html.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not ITabularData table)
            {
                return false;
            }
            writer.Write(ToHtml(table));
            return true;
        }
    }

    private sealed class PlainTextFormatter
    {
        public string MimeType => "text/plain";

        public bool Format(object instance, TextWriter writer)
        {
            if (instance is not ITabularData table)
            {
                return false;
            }
            writer.Write(ToPlainText(table));
            return true;
        }
    }
}
