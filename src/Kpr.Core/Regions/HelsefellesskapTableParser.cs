using System.Text.Json;
using Kpr.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace Kpr.Core.Regions;

/// <summary>
/// Reads a helsefellesskap membership table from CSV or JSON text into rows, collecting every problem with its line
/// (or element) and field; a table without problems is then validated by <see cref="HelsefellesskapDirectory.Create"/>.
/// </summary>
internal static class HelsefellesskapTableParser
{
    public static HelsefellesskapTableResult ParseCsv(TextReader reader, string sourceName, MunicipalityHistory? history)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var problems = new List<string>();
        var rows = new List<HelsefellesskapMembership>();
        var header = reader.ReadLine();
        if (header is null)
        {
            return new HelsefellesskapTableResult(null, [$"{sourceName}: empty; expected a header row with municipality_code,helsefellesskap_id,valid_from,valid_to."]);
        }
        var columns = QuotedCsv.Split(header.TrimStart('\uFEFF')).Select(c => c.Trim()).ToList();
        int Column(string name)
        {
            var i = columns.IndexOf(name);
            if (i < 0)
            {
                problems.Add($"{sourceName} line 1: missing column '{name}'.");
            }
            return i;
        }
        var iCode = Column("municipality_code");
        var iId = Column("helsefellesskap_id");
        var iFrom = Column("valid_from");
        var iTo = Column("valid_to");
        var iAlt = columns.IndexOf("alternative_id");
        var iNotes = columns.IndexOf("notes");
        if (problems.Count > 0)
        {
            return new HelsefellesskapTableResult(null, problems);
        }
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var f = QuotedCsv.Split(line);
            if (f.Length < columns.Count)
            {
                problems.Add($"{sourceName} line {lineNumber}: {f.Length} fields, header has {columns.Count}.");
                continue;
            }
            var where = $"{sourceName} line {lineNumber}";
            var alternative = iAlt >= 0 && f[iAlt].Trim().Length > 0 ? f[iAlt].Trim() : null;
            var notes = iNotes >= 0 ? f[iNotes] : "";
            if (TryRow(where, f[iCode].Trim(), f[iId].Trim(), f[iFrom].Trim(), f[iTo].Trim(), alternative, notes, problems) is { } row)
            {
                rows.Add(row);
            }
        }
        return problems.Count > 0 ? new HelsefellesskapTableResult(null, problems) : HelsefellesskapDirectory.Create(rows, history);
    }

    public static HelsefellesskapTableResult ParseJson(string json, string sourceName, MunicipalityHistory? history)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new HelsefellesskapTableResult(null, [$"{sourceName}: not valid JSON (line {e.LineNumber + 1}): {e.Message}"]);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new HelsefellesskapTableResult(null, [$"{sourceName}: expected a JSON array of membership objects."]);
            }
            var problems = new List<string>();
            var rows = new List<HelsefellesskapMembership>();
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var where = $"{sourceName} element {index}";
                index++;
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{where}: expected an object.");
                    continue;
                }
                string? Text(string name) =>
                    element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                if (TryRow(where, Text("municipality_code") ?? "", Text("helsefellesskap_id") ?? "", Text("valid_from") ?? "",
                        Text("valid_to") ?? "", Text("alternative_id"), Text("notes") ?? "", problems) is { } row)
                {
                    rows.Add(row);
                }
            }
            return problems.Count > 0 ? new HelsefellesskapTableResult(null, problems) : HelsefellesskapDirectory.Create(rows, history);
        }
    }

    public static HelsefellesskapMembership? TryRow(string where, string code, string id, string from, string to, string? alternative, string notes, List<string> problems)
    {
        var ok = true;
        if (!MunicipalityCode.TryParse(code, out var municipality))
        {
            problems.Add($"{where}, field municipality_code: '{code}' is not a four-digit municipality code.");
            ok = false;
        }
        if (!HelsefellesskapData.All.Any(h => string.Equals(h.Id, id, StringComparison.Ordinal)))
        {
            problems.Add($"{where}, field helsefellesskap_id: '{id}' is not one of {string.Join(", ", HelsefellesskapData.All.Select(h => h.Id))}.");
            ok = false;
        }
        if (alternative is not null && !HelsefellesskapData.All.Any(h => string.Equals(h.Id, alternative, StringComparison.Ordinal)))
        {
            problems.Add($"{where}, field alternative_id: '{alternative}' is not a helsefellesskap id.");
            ok = false;
        }
        LocalDate? Date(string text, string field)
        {
            if (text.Length == 0)
            {
                return null;
            }
            var r = LocalDatePattern.Iso.Parse(text);
            if (!r.Success)
            {
                problems.Add($"{where}, field {field}: '{text}' is not an ISO date (yyyy-MM-dd).");
                ok = false;
                return null;
            }
            return r.Value;
        }
        var validFrom = Date(from, "valid_from");
        var validTo = Date(to, "valid_to");
        if (validFrom is { } a && validTo is { } b && b < a)
        {
            problems.Add($"{where}: valid_to is before valid_from.");
            ok = false;
        }
        return ok ? new HelsefellesskapMembership(municipality, id, validFrom, validTo, alternative, notes) : null;
    }
}
