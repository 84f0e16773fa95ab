namespace Kpr.Core.Internal;

/// <summary>
/// Splits one RFC 4180 CSV line (comma separated, fields optionally in double quotes with <c>""</c> as an escaped
/// quote). The embedded reference tables never break a field across lines, so one line is one record.
/// </summary>
internal static class QuotedCsv
{
    public static string[] Split(string line, char separator = ',')
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString().TrimEnd('\r'));
        return fields.ToArray();
    }
}
