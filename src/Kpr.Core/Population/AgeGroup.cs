using System.Globalization;

namespace Kpr.Core.Population;

/// <summary>
/// A band of ages in completed years: closed (<c>0-17</c>, <c>67-79</c>), a single year (<c>5</c>) or open-ended
/// (<c>90+</c>). Population data run to 105, where 105 means "105 or older", so every band set ends with an open band.
/// </summary>
/// <remarks>
/// <para>Equality: same bounds. Ordering: by lower bound, then upper bound (open last).
/// <c>default(AgeGroup)</c> is the single year 0.</para>
/// <para><see cref="ToString()"/> gives the invariant label (<c>0-17</c>, <c>90+</c>); the <c>"N"</c> format gives Norwegian
/// display text (<c>0–17 år</c>, <c>90 år og over</c>). Thread safety: immutable value type.</para>
/// </remarks>
public readonly struct AgeGroup : IEquatable<AgeGroup>, IComparable<AgeGroup>, IComparable, IFormattable
{
    /// <summary>The highest single age in the population data; 105 stands for "105 or older".</summary>
    public const int TopAge = 105;

    private readonly int _from;
    private readonly int _to;
    private readonly bool _open;

    private AgeGroup(int from, int to, bool open)
    {
        _from = from;
        _to = to;
        _open = open;
    }

    /// <summary>The lowest age in the band.</summary>
    public int From => _from;

    /// <summary>The highest age in the band, or null when the band is open-ended.</summary>
    public int? To => _open ? null : _to;

    /// <summary>True for an open-ended band such as <c>90+</c>.</summary>
    public bool IsOpenEnded => _open;

    /// <summary>A closed band of ages <paramref name="from"/> to <paramref name="to"/>, both inclusive.</summary>
    /// <param name="from">Lowest age, 0–150.</param>
    /// <param name="to">Highest age, ≥ <paramref name="from"/>, ≤ 150.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative ages, ages above 150, or <paramref name="to"/> &lt; <paramref name="from"/>.</exception>
    public static AgeGroup Between(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, 150);
        ArgumentOutOfRangeException.ThrowIfLessThan(to, from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, 150);
        return new AgeGroup(from, to, false);
    }

    /// <summary>An open-ended band: <paramref name="from"/> years or older (<c>90+</c>).</summary>
    /// <param name="from">Lowest age, 0–150.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Negative or above 150.</exception>
    public static AgeGroup AtLeast(int from)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, 150);
        return new AgeGroup(from, int.MaxValue, true);
    }

    /// <summary>Everybody: <c>0+</c>.</summary>
    public static AgeGroup All { get; } = AtLeast(0);

    /// <summary>Whether an age (completed years) falls in the band.</summary>
    /// <param name="age">The age.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(int age) => age >= _from && (_open || age <= _to);

    /// <summary>Parses a label: <c>0-17</c>, <c>90+</c>, or a single year <c>5</c> (spaces around the dash allowed).</summary>
    /// <param name="text">The label.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">Not a label.</exception>
    public static AgeGroup Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var group) ? group : throw new FormatException($"'{text}' is not an age group: use e.g. 0-17, 90+ or 5.");
    }

    /// <summary>Tries to parse a label: <c>0-17</c>, <c>90+</c> or <c>5</c>.</summary>
    /// <param name="text">The label (null gives false).</param>
    /// <param name="group">The band, or <c>default</c>.</param>
    /// <returns>True when parsed.</returns>
    public static bool TryParse(string? text, out AgeGroup group)
    {
        group = default;
        if (text is null)
        {
            return false;
        }
        var t = text.Trim();
        if (t.EndsWith('+'))
        {
            if (TryAge(t[..^1], out var from))
            {
                group = AtLeast(from);
                return true;
            }
            return false;
        }
        var dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            if (TryAge(t, out var single))
            {
                group = Between(single, single);
                return true;
            }
            return false;
        }
        if (TryAge(t[..dash], out var a) && TryAge(t[(dash + 1)..], out var b) && b >= a)
        {
            group = Between(a, b);
            return true;
        }
        return false;
    }

    private static bool TryAge(string text, out int age) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out age) && age <= 150;

    /// <summary>The invariant label: <c>0-17</c>, <c>90+</c>, or <c>5</c> for a single year.</summary>
    /// <returns>The label.</returns>
    public override string ToString() =>
        _open ? string.Create(CultureInfo.InvariantCulture, $"{_from}+")
        : _from == _to ? _from.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{_from}-{_to}");

    /// <summary>Formats the band: null/<c>"G"</c> gives the invariant label; <c>"N"</c> gives Norwegian display text
    /// (<c>0–17 år</c>, <c>90 år og over</c>).</summary>
    /// <param name="format">Null, <c>"G"</c> or <c>"N"</c>.</param>
    /// <param name="formatProvider">Ignored (labels have no culture-specific digits).</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">An unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" => ToString(),
        "N" => _open ? string.Create(CultureInfo.InvariantCulture, $"{_from} år og over")
            : _from == _to ? string.Create(CultureInfo.InvariantCulture, $"{_from} år")
            : string.Create(CultureInfo.InvariantCulture, $"{_from}–{_to} år"),
        _ => throw new FormatException($"Unknown format '{format}' for an age group: use G or N."),
    };

    /// <inheritdoc/>
    public bool Equals(AgeGroup other) => _from == other._from && _to == other._to && _open == other._open;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AgeGroup other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_from, _to, _open);

    /// <inheritdoc/>
    public int CompareTo(AgeGroup other)
    {
        var c = _from.CompareTo(other._from);
        return c != 0 ? c : _to.CompareTo(other._to);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        AgeGroup other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an AgeGroup.", nameof(obj)),
    };

    /// <summary>Equality of bounds.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(AgeGroup left, AgeGroup right) => left.Equals(right);

    /// <summary>Inequality of bounds.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(AgeGroup left, AgeGroup right) => !left.Equals(right);

    /// <summary>Order by lower bound, then upper bound.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(AgeGroup left, AgeGroup right) => left.CompareTo(right) < 0;

    /// <summary>Order by lower bound, then upper bound.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(AgeGroup left, AgeGroup right) => left.CompareTo(right) > 0;

    /// <summary>Order by lower bound, then upper bound.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(AgeGroup left, AgeGroup right) => left.CompareTo(right) <= 0;

    /// <summary>Order by lower bound, then upper bound.</summary>
    /// <param name="left">A band.</param>
    /// <param name="right">A band.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(AgeGroup left, AgeGroup right) => left.CompareTo(right) >= 0;
}
