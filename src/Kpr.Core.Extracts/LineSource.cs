using System.Text;
using System.Text.Unicode;

namespace Kpr.Core.Extracts;

/// <summary>What a <see cref="LineSource"/> noticed about one physical line.</summary>
[Flags]
internal enum LineFlags
{
    None = 0,

    /// <summary>A UTF-8 byte-order mark at the start of a line after the first (files concatenated) was removed.</summary>
    ByteOrderMarkRemoved = 1,

    /// <summary>In <see cref="ExtractEncoding.Detect"/> mode the line was not UTF-8 and was read as Windows-1252.</summary>
    NotUtf8 = 2,

    /// <summary>The line is longer than <see cref="LineSource.MaxLineBytes"/>; its text is not kept.</summary>
    TooLong = 4,
}

/// <summary>
/// Physical lines of an extract, one at a time, in a reusable mutable buffer: split at <c>\n</c> (a trailing
/// <c>\r</c> removed), so every line of the file is seen exactly once and a damaged line cannot swallow the next.
/// </summary>
internal abstract class LineSource : IDisposable
{
    /// <summary>A line longer than this is not an extract row (binary data?): reported, its text skipped.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; protected set; }

    /// <summary>Reads the next line into <paramref name="line"/> (valid until the next call).</summary>
    public abstract bool Next(out Span<char> line, out LineFlags flags);

    public abstract void Dispose();
}

/// <summary>Lines of a byte stream, decoded line by line (so a non-UTF-8 line is noticed where it is).</summary>
internal sealed class ByteLineSource : LineSource
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, false);
    private readonly Stream _stream;
    private readonly ExtractEncoding _encoding;
    private readonly Encoding? _singleByte;
    private readonly Encoding _fallback;
    private byte[] _bytes = new byte[1 << 16];
    private char[] _chars = new char[1 << 12];
    private int _start;
    private int _end;
    private bool _eof;

    public ByteLineSource(Stream stream, ExtractEncoding encoding)
    {
        _stream = stream;
        _encoding = encoding;
        _singleByte = encoding is ExtractEncoding.Latin1 or ExtractEncoding.Windows1252 ? ExtractEncodings.SingleByte(encoding) : null;
        _fallback = _singleByte ?? ExtractEncodings.SingleByte(ExtractEncoding.Windows1252);
    }

    public override bool Next(out Span<char> line, out LineFlags flags)
    {
        flags = LineFlags.None;
        line = default;
        var tooLong = false;
        int newline;
        while ((newline = _bytes.AsSpan(_start, _end - _start).IndexOf((byte)'\n')) < 0)
        {
            if (_eof)
            {
                if (_start == _end && !tooLong)
                {
                    return false;
                }
                newline = _end - _start;
                break;
            }
            if (_end - _start >= MaxLineBytes)
            {
                // Keep nothing of an over-long line: skip to its end, then report it.
                tooLong = true;
                _start = _end;
            }
            Fill();
        }
        LineNumber++;
        var bytes = _bytes.AsSpan(_start, newline);
        _start = Math.Min(_end, _start + newline + 1);
        if (tooLong)
        {
            flags = LineFlags.TooLong;
            return true;
        }
        if (!bytes.IsEmpty && bytes[^1] == '\r')
        {
            bytes = bytes[..^1];
        }
        if (bytes.StartsWith("\uFEFF"u8) && _singleByte is null)
        {
            bytes = bytes[3..];
            if (LineNumber > 1)
            {
                flags |= LineFlags.ByteOrderMarkRemoved;
            }
        }
        if (_chars.Length < bytes.Length)
        {
            _chars = new char[Math.Max(bytes.Length, _chars.Length * 2)];
        }
        int count;
        if (_singleByte is not null)
        {
            count = _singleByte.GetChars(bytes, _chars);
        }
        else if (Ascii.IsValid(bytes) || Utf8.IsValid(bytes))
        {
            count = StrictUtf8.GetChars(bytes, _chars);
        }
        else if (_encoding == ExtractEncoding.Detect)
        {
            flags |= LineFlags.NotUtf8;
            count = _fallback.GetChars(bytes, _chars);
        }
        else
        {
            // Strict UTF-8: invalid bytes become U+FFFD, which the reader rejects.
            count = StrictUtf8.GetChars(bytes, _chars);
        }
        line = _chars.AsSpan(0, count);
        return true;
    }

    public override void Dispose() => _stream.Dispose();

    private void Fill()
    {
        if (_start > 0)
        {
            _bytes.AsSpan(_start, _end - _start).CopyTo(_bytes);
            _end -= _start;
            _start = 0;
        }
        if (_end == _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }
        var n = _stream.Read(_bytes, _end, _bytes.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }
}

/// <summary>Lines of text that is already decoded (a <see cref="TextReader"/>).</summary>
internal sealed class TextLineSource(TextReader text) : LineSource
{
    private char[] _chars = new char[1 << 12];

    public override bool Next(out Span<char> line, out LineFlags flags)
    {
        flags = LineFlags.None;
        line = default;
        var count = 0;
        int c;
        while ((c = text.Read()) >= 0 && c != '\n')
        {
            if (count == MaxLineBytes)
            {
                flags = LineFlags.TooLong;
                continue;
            }
            if (count == _chars.Length)
            {
                Array.Resize(ref _chars, _chars.Length * 2);
            }
            _chars[count++] = (char)c;
        }
        if (c < 0 && count == 0 && flags == LineFlags.None)
        {
            return false;
        }
        LineNumber++;
        if (count > 0 && _chars[count - 1] == '\r')
        {
            count--;
        }
        line = _chars.AsSpan(0, count);
        if (LineNumber == 1 && !line.IsEmpty && line[0] == '\uFEFF')
        {
            line = line[1..];
        }
        return true;
    }

    public override void Dispose() => text.Dispose();
}
