using System.Globalization;

namespace Kpr.Core.Register;

/// <summary>
/// Where a record or a value came from: source (e.g. a file name), line number and field name. Any part may be
/// unknown (null source, line 0, null field).
/// </summary>
/// <remarks>Equality compares all three parts ordinally. <see cref="ToString()"/> gives <c>source:line field</c>,
/// culture-invariant.</remarks>
/// <threadsafety>Immutable value type.</threadsafety>
public readonly struct RecordOrigin : IEquatable<RecordOrigin>
{
    private RecordOrigin(string? source, long line, string? field)
    {
        Source = source;
        Line = line;
        Field = field;
    }

    /// <summary>The source (file name or another label), or null when unknown.</summary>
    public string? Source { get; }

    /// <summary>The 1-based line (row) number in the source, or 0 when unknown. The header is line 1 in an extract.</summary>
    public long Line { get; }

    /// <summary>The field (column) name, or null when the issue concerns the whole record.</summary>
    public string? Field { get; }

    /// <summary>An origin with a source and line, and no field.</summary>
    /// <param name="source">The source, or null.</param>
    /// <param name="line">The 1-based line, or 0 when unknown.</param>
    /// <returns>The origin.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is negative.</exception>
    public static RecordOrigin At(string? source, long line)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        return new RecordOrigin(source, line, null);
    }

    /// <summary>The same origin narrowed to one field.</summary>
    /// <param name="field">The field name.</param>
    /// <returns>The origin with the field.</returns>
    public RecordOrigin WithField(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new RecordOrigin(Source, Line, field);
    }

    /// <inheritdoc/>
    public bool Equals(RecordOrigin other) =>
        string.Equals(Source, other.Source, StringComparison.Ordinal) && Line == other.Line
        && string.Equals(Field, other.Field, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordOrigin other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Source is null ? 0 : StringComparer.Ordinal.GetHashCode(Source), Line,
            Field is null ? 0 : StringComparer.Ordinal.GetHashCode(Field));

    /// <summary>Equality.</summary>
    /// <param name="left">One origin.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RecordOrigin left, RecordOrigin right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One origin.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RecordOrigin left, RecordOrigin right) => !left.Equals(right);

    /// <summary>Culture-invariant text: <c>source:line field</c>, leaving out unknown parts, or <c>(unknown)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = Source ?? "";
        if (Line > 0)
        {
            text += (text.Length > 0 ? ":" : "line ") + Line.ToString(CultureInfo.InvariantCulture);
        }
        if (Field is not null)
        {
            text += (text.Length > 0 ? " " : "") + Field;
        }
        return text.Length == 0 ? "(unknown)" : text;
    }
}
