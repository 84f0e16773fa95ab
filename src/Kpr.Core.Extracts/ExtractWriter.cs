using System.Globalization;
using System.Text;
using Kpr.Core.Register;
using NodaTime;

namespace Kpr.Core.Extracts;

/// <summary>
/// Writes episodes as an extract in the documented schema: all twelve columns, comma separated, ISO dates, UTF-8
/// without BOM, <c>\n</c> line ends, culture-invariant numbers. Same episodes in, same bytes out.
/// </summary>
public sealed class ExtractWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly char[] _buffer = new char[64];

    /// <summary>Creates a writer and writes the header.</summary>
    /// <param name="writer">Where to write (owned and disposed by this writer).</param>
    public ExtractWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _writer.Write(string.Join(',', ExtractSchema.Columns));
        _writer.Write('\n');
    }

    /// <summary>Creates a file (replacing it) and writes the header.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The writer.</returns>
    public static ExtractWriter Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return new ExtractWriter(new StreamWriter(stream, new UTF8Encoding(false), 1 << 16));
    }

    /// <summary>Rows written.</summary>
    public long Rows { get; private set; }

    /// <summary>Writes one episode.</summary>
    /// <param name="episode">The episode.</param>
    public void Write(ServiceEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var w = _writer;
        var id = episode.PersonId;
        if (id.AsSpan().IndexOfAny(",;\"\r\n") >= 0 || id.Length != id.AsSpan().Trim().Length)
        {
            w.Write('"');
            w.Write(id.Replace("\"", "\"\"", StringComparison.Ordinal));
            w.Write('"');
        }
        else
        {
            w.Write(id);
        }
        w.Write(',');
        Int(episode.BirthYear);
        w.Write(',');
        Int((int)episode.Sex);
        w.Write(',');
        Int(episode.Municipality.Value, "D4");
        w.Write(',');
        Int(episode.ServiceCode.Number);
        w.Write(',');
        Date(episode.Start);
        w.Write(',');
        Date(episode.End);
        w.Write(',');
        if (episode.HoursPerWeek is { } hours && hours.TryFormat(_buffer, out var n, "R", CultureInfo.InvariantCulture))
        {
            w.Write(_buffer, 0, n);
        }
        w.Write(',');
        if (episode.Bistandsbehov != Bistandsbehov.Uoppgitt)
        {
            w.Write(episode.Bistandsbehov.ToId());
        }
        w.Write(',');
        Flag(episode.Coordinator);
        w.Write(',');
        Flag(episode.IndividualPlan);
        w.Write(',');
        Date(episode.DeathDate);
        w.Write('\n');
        Rows++;
    }

    /// <inheritdoc/>
    public void Dispose() => _writer.Dispose();

    private void Int(int value, string? format = null)
    {
        value.TryFormat(_buffer, out var n, format, CultureInfo.InvariantCulture);
        _writer.Write(_buffer, 0, n);
    }

    private void Date(LocalDate? date)
    {
        if (date is not { } d)
        {
            return;
        }
        Int(d.Year, "D4");
        _writer.Write('-');
        Int(d.Month, "D2");
        _writer.Write('-');
        Int(d.Day, "D2");
    }

    private void Flag(bool? value)
    {
        if (value is { } v)
        {
            _writer.Write(v ? '1' : '0');
        }
    }
}
