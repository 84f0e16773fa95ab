using System.Globalization;

namespace Kpr.Core.Tests.Measures;

/// <summary>Reads the reference CSVs (comment lines start with '#'; RFC 4180 quoting) into dictionaries by column.</summary>
internal static class ReferenceData
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Measures", "Reference", file);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = Split(lines[0]);
        return lines.Skip(1).Select(line =>
        {
            var cells = Split(line);
            Assert.True(cells.Count == header.Count, $"{file}: row has {cells.Count} cells, header {header.Count}: {line}");
            return header.Select((h, i) => (h, cells[i])).ToDictionary(x => x.h, x => x.Item2);
        }).ToList();
    }

    public static TheoryData<string> CaseIds(string file)
    {
        var data = new TheoryData<string>();
        foreach (var row in Read(file))
        {
            data.Add(row["case_id"]);
        }
        return data;
    }

    public static Dictionary<string, string> Case(string file, string caseId) => Read(file).Single(r => r["case_id"] == caseId);

    public static double? Num(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : double.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);

    public static long? Long(this Dictionary<string, string> row, string column) =>
        row[column].Length == 0 ? null : long.Parse(row[column], CultureInfo.InvariantCulture);

    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { current.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { cells.Add(current.ToString()); current.Clear(); }
            else { current.Append(ch); }
        }
        cells.Add(current.ToString());
        return cells;
    }
}

/// <summary>Tolerance checks that say which case and which quantity failed.</summary>
internal static class Close
{
    public static void Relative(double expected, double actual, double tolerance, string what)
    {
        var error = Math.Abs(actual - expected) / Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(error <= tolerance,
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)} (relative error {error:E2} > {tolerance:E0})");
    }

    public static void Absolute(double expected, double actual, double tolerance, string what)
    {
        var error = Math.Abs(actual - expected);
        Assert.True(error <= tolerance,
            $"{what}: expected {expected.ToString("R", CultureInfo.InvariantCulture)}, got {actual.ToString("R", CultureInfo.InvariantCulture)} (absolute error {error:E2} > {tolerance:E0})");
    }
}
