using System.Text;

namespace Kpr.Core.Data;

/// <summary>Splits one line of an embedded RFC 4180 CSV file (quoted fields with doubled quotes; no line breaks
/// inside fields, which the embedded tables never need).</summary>
internal static class CsvFields
{
    public static string[] Split(string line)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(',');
        }
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        fields.Add(field.ToString());
        return [.. fields];
    }
}
