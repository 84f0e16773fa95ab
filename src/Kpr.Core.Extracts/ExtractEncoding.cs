using System.Text;

namespace Kpr.Core.Extracts;

/// <summary>The character encoding of an extract file.</summary>
public enum ExtractEncoding
{
    /// <summary>UTF-8 (with or without a byte-order mark); a line that is not valid UTF-8 is read as Windows-1252, as
    /// Excel saves CSV in Norway, and the file gets one <see cref="Kpr.Core.Register.IssueKind.EncodingMismatch"/>
    /// warning naming the first such line.</summary>
    Detect = 0,

    /// <summary>UTF-8 only: a line that is not valid UTF-8 is rejected.</summary>
    Utf8 = 1,

    /// <summary>ISO-8859-1 (Latin-1): every byte is one character.</summary>
    Latin1 = 2,

    /// <summary>Windows-1252 (Western European; Latin-1 plus printable characters in 0x80–0x9F).</summary>
    Windows1252 = 3,
}

/// <summary>Names of <see cref="ExtractEncoding"/> as the command line spells them.</summary>
public static class ExtractEncodings
{
    /// <summary>The accepted names: <c>utf-8</c>, <c>iso-8859-1</c> (also <c>latin1</c>), <c>windows-1252</c> (also
    /// <c>cp1252</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["utf-8", "iso-8859-1", "windows-1252"];

    /// <summary>Reads an encoding name (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryParse(string? name, out ExtractEncoding encoding)
    {
        encoding = name?.Trim().ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => ExtractEncoding.Utf8,
            "iso-8859-1" or "latin1" or "latin-1" or "iso8859-1" => ExtractEncoding.Latin1,
            "windows-1252" or "cp1252" or "win1252" => ExtractEncoding.Windows1252,
            _ => (ExtractEncoding)(-1),
        };
        return encoding >= 0;
    }

    /// <summary>The .NET encoding that decodes bytes of a fixed single-byte encoding.</summary>
    internal static Encoding SingleByte(ExtractEncoding encoding)
    {
        if (encoding == ExtractEncoding.Latin1)
        {
            return Encoding.Latin1;
        }
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
