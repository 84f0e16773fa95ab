namespace Kpr.Core.Extracts;

/// <summary>How splitting a line into fields ended.</summary>
internal enum SplitResult
{
    Ok,

    /// <summary>A field opened with <c>"</c> is not closed on its line (fields never span lines in an extract).</summary>
    UnclosedQuote,

    /// <summary>Text follows the closing <c>"</c> of a quoted field before the separator.</summary>
    TextAfterQuote,
}

/// <summary>
/// Splits one line into fields (RFC 4180 quoting within the line: <c>"a,b"</c>, <c>""</c> for a quote), in place:
/// quoted fields are unescaped inside the line's own buffer. A quote inside an unquoted field is an ordinary
/// character. Fields never span lines, so one stray quote costs one line, not the rest of the file.
/// </summary>
internal static class LineFields
{
    /// <summary>Splits <paramref name="line"/>; stores up to <c>fields.Length</c> field ranges and returns the total
    /// field count in <paramref name="count"/>.</summary>
    public static SplitResult Split(Span<char> line, char separator, Span<Range> fields, out int count)
    {
        count = 0;
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var write = i;
                var read = i + 1;
                while (true)
                {
                    var q = line[read..].IndexOf('"');
                    if (q < 0)
                    {
                        return SplitResult.UnclosedQuote;
                    }
                    line.Slice(read, q).CopyTo(line[write..]);
                    write += q;
                    read += q + 1;
                    if (read < line.Length && line[read] == '"')
                    {
                        line[write++] = '"';
                        read++;
                        continue;
                    }
                    break;
                }
                Store(fields, ref count, i..write);
                while (read < line.Length && line[read] == ' ')
                {
                    read++;
                }
                if (read == line.Length)
                {
                    return SplitResult.Ok;
                }
                if (line[read] != separator)
                {
                    return SplitResult.TextAfterQuote;
                }
                i = read + 1;
                continue;
            }
            var next = line[i..].IndexOf(separator);
            if (next < 0)
            {
                Store(fields, ref count, i..line.Length);
                return SplitResult.Ok;
            }
            Store(fields, ref count, i..(i + next));
            i += next + 1;
        }
    }

    private static void Store(Span<Range> fields, ref int count, Range range)
    {
        if (count < fields.Length)
        {
            fields[count] = range;
        }
        count++;
    }
}
