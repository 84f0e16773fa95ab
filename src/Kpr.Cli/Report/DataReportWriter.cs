using System.Globalization;
using System.Text;
using System.Text.Json;
using Kpr.Cli.Output;

namespace Kpr.Cli.Report;

/// <summary>
/// Writes the report's publication for programs (<c>--format json|csv</c>; columns documented in
/// docs/report-format.md): tidy records with the stable columns of <see cref="ReportRecord.Columns"/>, hidden records
/// with empty numbers and status <c>hidden</c>, and machine-readable metadata (source, synthetic or not, years,
/// threshold, definitions).
/// </summary>
internal static class DataReportWriter
{
    /// <summary>The format version of the JSON document and the metadata file.</summary>
    public const int FormatVersion = 2;

    public static string WriteJson(ReportData data) => Serialize(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("format_version", FormatVersion);
        WriteMetadata(json, data.Metadata, "metadata");
        json.WriteStartArray("columns");
        foreach (var column in ReportRecord.Columns)
        {
            json.WriteStringValue(column);
        }
        json.WriteEndArray();
        json.WriteStartArray("records");
        foreach (var record in data.Records)
        {
            WriteRecord(json, record);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The metadata alone (beside the CSV file).</summary>
    public static string WriteMetadataJson(ReportMetadata metadata) => Serialize(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("format_version", FormatVersion);
        WriteMetadata(json, metadata, "metadata");
        json.WriteEndObject();
    });

    /// <summary>The records as one tidy CSV (comma-separated, invariant numbers, header = <see cref="ReportRecord.Columns"/>).</summary>
    public static string WriteCsv(IEnumerable<ReportRecord> records)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(',', ReportRecord.Columns)).Append('\n');
        foreach (var r in records)
        {
            object?[] cells = [r.Section, r.Series, r.Period, r.Year, r.Month, r.RegionLevel, r.RegionId, r.AgeGroup, r.Bistandsbehov,
                r.Count, r.Denominator, r.Value, r.Lower, r.Upper, r.Status];
            csv.Append(string.Join(',', cells.Select(c => TabularResult.CsvEscape(Invariant(c))))).Append('\n');
        }
        return csv.ToString();
    }

    private static string Invariant(object? cell) => cell switch
    {
        null => "",
        double d when !double.IsFinite(d) => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static void WriteMetadata(Utf8JsonWriter json, ReportMetadata m, string name)
    {
        json.WriteStartObject(name);
        json.WriteString("source", m.Source);
        json.WriteString("source_kind", m.SourceKind);
        json.WriteBoolean("synthetic", m.IsSynthetic);
        if (m.Coverage is null)
        {
            json.WriteNull("coverage_note");
        }
        else
        {
            json.WriteString("coverage_note", m.Coverage);
        }
        json.WriteNumber("year", m.Year);
        json.WriteNumber("first_year", m.FirstYear);
        json.WriteNumber("baseline_year", m.BaselineYear);
        json.WriteNumber("structure_year", m.StructureYear);
        json.WriteNumber("threshold", m.Threshold);
        json.WriteNumber("unplaced", m.Unplaced);
        json.WriteNumber("cells_above_population", m.CellsAbovePopulation);
        json.WriteStartObject("definitions");
        foreach (var (key, text) in m.Definitions)
        {
            json.WriteString(key, text);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>One record as a JSON object (also used for the dashboard's embedded data).</summary>
    public static void WriteRecord(Utf8JsonWriter json, ReportRecord r)
    {
        json.WriteStartObject();
        json.WriteString("section", r.Section);
        json.WriteString("series", r.Series);
        json.WriteString("period", r.Period);
        json.WriteNumber("year", r.Year);
        Number(json, "month", r.Month);
        json.WriteString("region_level", r.RegionLevel);
        json.WriteString("region_id", r.RegionId);
        json.WriteString("age_group", r.AgeGroup);
        if (r.Bistandsbehov is null)
        {
            json.WriteNull("bistandsbehov");
        }
        else
        {
            json.WriteString("bistandsbehov", r.Bistandsbehov);
        }
        Number(json, "count", r.Count);
        Number(json, "denominator", r.Denominator);
        Number(json, "value", r.Value);
        Number(json, "lower", r.Lower);
        Number(json, "upper", r.Upper);
        json.WriteString("status", r.Status);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value) => Number(json, name, (long?)value);

    internal static string Serialize(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            write(json);
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + (indented ? "\n" : "");
    }
}
