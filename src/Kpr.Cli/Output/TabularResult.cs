using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Kpr.Cli.Output;

/// <summary>
/// A table of primitive cells (string, integer, double, bool, null) with named columns: the one shape every
/// command prints, as aligned text, CSV or JSON. Column names are a public contract (scripts read them).
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

    public void Write(TextWriter writer, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(writer); break;
            case OutputFormat.Json: WriteJson(writer); break;
            default: WriteTable(writer); break;
        }
    }

    /// <summary>Invariant text of a cell; doubles round-trip exactly ("R"); null is empty.</summary>
    public static string FormatCell(object? cell) => cell switch
    {
        null => "",
        HiddenCell => ":",
        double d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "",
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static string CsvEscape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private void WriteCsv(TextWriter writer)
    {
        writer.Write(string.Join(',', Columns.Select(CsvEscape)));
        writer.Write('\n');
        foreach (var row in _rows)
        {
            writer.Write(string.Join(',', row.Select(c => CsvEscape(FormatCell(c)))));
            writer.Write('\n');
        }
    }

    private void WriteJson(TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in _rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    json.WritePropertyName(Columns[i]);
                    switch (row[i])
                    {
                        case HiddenCell:
                            json.WriteNullValue();
                            json.WriteBoolean(Columns[i] + "_suppressed", true);
                            break;
                        case null: json.WriteNullValue(); break;
                        case double d when !double.IsFinite(d): json.WriteNullValue(); break;
                        case double d: json.WriteNumberValue(d); break;
                        case int n: json.WriteNumberValue(n); break;
                        case long n: json.WriteNumberValue(n); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        default: json.WriteStringValue(FormatCell(row[i])); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private void WriteTable(TextWriter writer)
    {
        var text = _rows.Select(r => r.Select(FormatCell).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Length, text.Count == 0 ? 0 : text.Max(r => r[i].Length))).ToArray();
        var numeric = Columns.Select((_, i) => _rows.Count > 0 && _rows.All(r => r[i] is null or int or long or double or HiddenCell)).ToArray();
        string Line(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.Write(Line(Columns.ToArray()) + "\n");
        writer.Write(string.Join("  ", widths.Select(w => new string('-', w))) + "\n");
        foreach (var row in text)
        {
            writer.Write(Line(row) + "\n");
        }
    }
}
