using System.Data;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Kpr.Core.Disclosure;
using Kpr.Core.Publishing;
using Sylvan.Data.Csv;

namespace Kpr.Cli.Output;

/// <summary>
/// The one writer for tables the tool prints: CSV (RFC 4180 via Sylvan's <see cref="CsvDataWriter"/>, header row,
/// invariant round-trip numbers, <c>:</c> for a hidden cell, empty for not computable), JSON (an array of objects keyed
/// by column name; numbers as numbers; a hidden cell is null with <c>&lt;column&gt;_suppressed: true</c>) and aligned
/// text for people (doubles rounded for display as the table says, e.g. rates to one decimal).
/// </summary>
/// <remarks>Sylvan does the quoting (a well-kept CSV library rather than hand-made escaping: one quoting rule for every
/// command).</remarks>
internal static class PublishedTableWriter
{
    public static void Write(TextWriter writer, PublishedTable table, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        switch (format)
        {
            case OutputFormat.Csv: WriteCsv(writer, table.Columns, table.Rows.Select(r => r.Select(c => c.ToString()).ToArray())); break;
            case OutputFormat.Json: WriteJson(writer, table); break;
            default: WriteText(writer, table); break;
        }
    }

    /// <summary>CSV rows of text cells (the measures' streaming output uses this too, with or without a header).</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var data = new DataTable();
        var width = header?.Count ?? -1;
        foreach (var row in rows)
        {
            if (width < 0)
            {
                width = row.Count;
            }
            while (data.Columns.Count < width)
            {
                data.Columns.Add(header is null ? "c" + data.Columns.Count : header[data.Columns.Count], typeof(string));
            }
            data.Rows.Add([.. row]);
        }
        while (header is not null && data.Columns.Count < header.Count)
        {
            data.Columns.Add(header[data.Columns.Count], typeof(string));
        }
        using var reader = data.CreateDataReader();
        // Sylvan's writer disposes the TextWriter it writes to, so it writes to a buffer, not to the caller's writer.
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvDataWriter.Create(buffer, new CsvDataWriterOptions { NewLine = "\n", WriteHeaders = header is not null }))
        {
            csv.Write(reader);
        }
        writer.Write(buffer.ToString());
    }

    private static void WriteCsv(TextWriter writer, IReadOnlyList<string> header, IEnumerable<string[]> rows) =>
        WriteCsv(writer, header, rows.Select(r => (IReadOnlyList<string>)r));

    private static void WriteJson(TextWriter writer, PublishedTable table)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < table.Columns.Length; i++)
                {
                    var cell = row[i];
                    json.WritePropertyName(table.Columns[i]);
                    if (cell.IsHidden)
                    {
                        json.WriteNullValue();
                        json.WriteBoolean(table.Columns[i] + "_suppressed", true);
                        continue;
                    }
                    switch (cell.Status == CellStatus.Shown ? cell.Value : null)
                    {
                        case null: json.WriteNullValue(); break;
                        case long n: json.WriteNumberValue(n); break;
                        case double d: json.WriteNumberValue(d); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        default: json.WriteStringValue(cell.ToString()); break;
                    }
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
        writer.Write('\n');
    }

    private static void WriteText(TextWriter writer, PublishedTable table)
    {
        var columns = table.Columns;
        var text = table.Rows.Select(r => r.Select((c, i) => c.Format(table.DisplayDecimals(i))).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, text.Count == 0 ? 0 : text.Max(r => r[i].Length))).ToArray();
        var numeric = columns.Select((_, i) => table.Rows.Length > 0
            && table.Rows.All(r => r[i].Status != CellStatus.Shown || r[i].Value is long or double)).ToArray();
        string Line(IReadOnlyList<string> cells) =>
            string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.Write(Line([.. columns]) + "\n");
        writer.Write(string.Join("  ", widths.Select(w => new string('-', w))) + "\n");
        foreach (var row in text)
        {
            writer.Write(Line(row) + "\n");
        }
    }
}
