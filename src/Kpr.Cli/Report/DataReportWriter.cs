using System.Text;
using System.Text.Json;
using Kpr.Cli.Output;

namespace Kpr.Cli.Report;

/// <summary>
/// Writes the report's data for programs: JSON for dashboards (every table as an array of row objects; a hidden
/// cell is <c>null</c> with <c>"&lt;column&gt;_suppressed": true</c>) and tidy CSV (hidden cells as <c>:</c>).
/// </summary>
internal static class DataReportWriter
{
    public static string WriteJson(ReportDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            json.WriteString("subtitle", document.Subtitle);
            json.WriteString("language", document.Language);
            json.WriteStartArray("notes");
            foreach (var note in document.Notes)
            {
                json.WriteStringValue(note);
            }
            json.WriteEndArray();
            json.WriteStartObject("tables");
            foreach (var table in document.Tables)
            {
                json.WriteStartObject(table.Id);
                json.WriteString("title", table.Title);
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        var id = table.Columns[i].Id;
                        switch (row[i])
                        {
                            case HiddenCell:
                                json.WriteNull(id);
                                json.WriteBoolean(id + "_suppressed", true);
                                break;
                            case null: json.WriteNull(id); break;
                            case double d when !double.IsFinite(d): json.WriteNull(id); break;
                            case double d: json.WriteNumber(id, d); break;
                            case int n: json.WriteNumber(id, n); break;
                            case long n: json.WriteNumber(id, n); break;
                            case bool b: json.WriteBoolean(id, b); break;
                            default: json.WriteString(id, TabularResult.FormatCell(row[i])); break;
                        }
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One CSV text per table, keyed by the table id (the file name without extension).</summary>
    public static IReadOnlyDictionary<string, string> WriteCsv(ReportDocument document)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in document.Tables)
        {
            var csv = new StringBuilder();
            csv.Append(string.Join(',', table.Columns.Select(c => TabularResult.CsvEscape(c.Id)))).Append('\n');
            foreach (var row in table.Rows)
            {
                csv.Append(string.Join(',', row.Select(c => c is HiddenCell ? ":" : TabularResult.CsvEscape(TabularResult.FormatCell(c))))).Append('\n');
            }
            files[table.Id] = csv.ToString();
        }
        return files;
    }
}
