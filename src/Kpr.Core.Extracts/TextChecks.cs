using System.Buffers;
using System.Globalization;
using System.Text;

namespace Kpr.Core.Extracts;

/// <summary>Characters that must never become part of a value, and safe echoing of file-supplied names.</summary>
internal static class TextChecks
{
    // Invisible "format" characters that make two equal-looking ids differ: byte-order mark / zero-width no-break
    // space, zero-width space/joiners, word joiner and invisible operators, bidi marks, embeddings and isolates, soft
    // hyphen, Mongolian vowel separator (Unicode general category Cf, the ones seen in pasted text).
    private static readonly SearchValues<char> Invisible = SearchValues.Create(
        "\uFEFF\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\u00AD\u180E");

    // C0 controls other than tab, DEL, and U+FFFD (a byte that was not text in the file's encoding).
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFFFD");

    /// <summary>The position of the first control character or undecodable byte, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> line) => line.IndexOfAny(Forbidden);

    /// <summary>Removes invisible characters in place; returns the new length (the same when there were none).</summary>
    public static int RemoveInvisible(Span<char> line)
    {
        var first = line.IndexOfAny(Invisible);
        if (first < 0)
        {
            return line.Length;
        }
        var write = first;
        for (var read = first + 1; read < line.Length; read++)
        {
            if (!Invisible.Contains(line[read]))
            {
                line[write++] = line[read];
            }
        }
        return write;
    }

    /// <summary>A file-supplied name for a message: control and invisible characters as <c>\uXXXX</c>, at most 40
    /// characters.</summary>
    public static string Escape(ReadOnlySpan<char> name)
    {
        var text = new StringBuilder(Math.Min(name.Length, 48));
        foreach (var c in name)
        {
            if (text.Length >= 40)
            {
                text.Append('…');
                break;
            }
            if (char.IsControl(c) || Invisible.Contains(c) || c == '\uFFFD' || char.IsSurrogate(c))
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>How a character is named in a message (never the character itself).</summary>
    public static string Describe(char c) => c switch
    {
        '\0' => "a NUL byte",
        '\uFFFD' => "bytes that are not text in the file's encoding",
        _ => string.Create(CultureInfo.InvariantCulture, $"control character U+{(int)c:X4}"),
    };
}
