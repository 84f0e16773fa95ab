using System.Globalization;

namespace Kpr.Core.Regions;

/// <summary>
/// A Norwegian municipality number (kommunenummer): four digits, the first two being the county (fylke) part,
/// e.g. <c>0301</c> Oslo, <c>4601</c> Bergen. The leading zero is part of the code and always kept.
/// </summary>
/// <remarks>
/// <para>This is only the syntax of a code. Whether a code denoted a municipality on a given date, and which one,
/// is answered by <see cref="MunicipalityHistory"/>: codes are reused and renumbered across the reforms of 2018,
/// 2020 and 2024.</para>
/// <para>Equality and ordering are those of the numeric value (so <c>0301 &lt; 1201 &lt; 4601</c>).
/// <c>default(MunicipalityCode)</c> is <c>0000</c>, which no parse or factory produces; <see cref="IsDefault"/> tells it apart.</para>
/// <para>Thread safety: immutable value type.</para>
/// </remarks>
public readonly struct MunicipalityCode : IEquatable<MunicipalityCode>, IComparable<MunicipalityCode>, IComparable, IFormattable
{
    private readonly short _value;

    private MunicipalityCode(int value) => _value = (short)value;

    /// <summary>The numeric value, 101–9999 (0 only for <c>default</c>).</summary>
    public int Value => _value;

    /// <summary>The county (fylke) number: the first two digits, e.g. 3 for <c>0301</c>, 46 for <c>4601</c>.</summary>
    public int CountyNumber => _value / 100;

    /// <summary>The county part as two digits with the leading zero, e.g. <c>"03"</c>.</summary>
    public string CountyCode => CountyNumber.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>True for <c>default(MunicipalityCode)</c>, which is not a municipality code.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Creates a code from its numeric value (e.g. 301 for <c>0301</c>).</summary>
    /// <param name="value">101 to 9999: a county part 01–99 and a two-digit serial.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 101–9999 or its serial part is 00.</exception>
    public static MunicipalityCode FromInt32(int value)
    {
        if (!IsValidValue(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A municipality code is 0101–9999 with a county part 01–99 and a serial part 01–99.");
        }
        return new MunicipalityCode(value);
    }

    /// <summary>Parses exactly four ASCII digits, e.g. <c>"0301"</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not four digits or not a possible code (county or serial part 00).</exception>
    public static MunicipalityCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out var code)
            ? code
            : throw new FormatException($"'{text}' is not a municipality code: expected four digits such as 0301 (leading zero kept).");
    }

    /// <summary>Tries to parse exactly four ASCII digits, e.g. <c>"0301"</c>. Whitespace is not trimmed.</summary>
    /// <param name="text">The text (null gives false).</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>True when <paramref name="text"/> is a possible code.</returns>
    public static bool TryParse(string? text, out MunicipalityCode code)
    {
        if (text is null)
        {
            code = default;
            return false;
        }
        return TryParse(text.AsSpan(), out code);
    }

    /// <summary>Tries to parse exactly four ASCII digits without allocating (for readers of large extracts).</summary>
    /// <param name="text">The characters.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>True when <paramref name="text"/> is a possible code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MunicipalityCode code)
    {
        code = default;
        if (text.Length != 4)
        {
            return false;
        }
        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        if (!IsValidValue(value))
        {
            return false;
        }
        code = new MunicipalityCode(value);
        return true;
    }

    private static bool IsValidValue(int value) => value is >= 101 and <= 9999 && value % 100 != 0;

    /// <summary>The four digits, e.g. <c>"0301"</c> (culture-invariant).</summary>
    /// <returns>The code text.</returns>
    public override string ToString() => _value.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Formats the code. Every format (null, <c>"G"</c>) gives the four digits; the provider is ignored
    /// because a code has no culture-specific form.</summary>
    /// <param name="format">Null or <c>"G"</c>.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The code text.</returns>
    /// <exception cref="FormatException">An unknown format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        format is null or "" or "G" ? ToString() : throw new FormatException($"Unknown format '{format}' for a municipality code: use G.");

    /// <inheritdoc/>
    public bool Equals(MunicipalityCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MunicipalityCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <inheritdoc/>
    public int CompareTo(MunicipalityCode other) => _value.CompareTo(other._value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        MunicipalityCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a MunicipalityCode.", nameof(obj)),
    };

    /// <summary>Equality of the codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(MunicipalityCode left, MunicipalityCode right) => left.Equals(right);

    /// <summary>Inequality of the codes.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(MunicipalityCode left, MunicipalityCode right) => !left.Equals(right);

    /// <summary>Numeric order.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) < 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) > 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) <= 0;

    /// <summary>Numeric order.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">A code.</param>
    /// <returns>True when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(MunicipalityCode left, MunicipalityCode right) => left.CompareTo(right) >= 0;
}
