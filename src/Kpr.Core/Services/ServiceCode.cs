using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Kpr.Core.Services;

/// <summary>
/// A KPR service code (tjenestetype, Helsedirektoratet code set 9151), such as <c>15</c> (Helsetjenester i hjemmet).
/// Only the number: what the code means, and when, is the business of <see cref="ServiceCatalogue"/>.
/// </summary>
/// <remarks>
/// <para>A code is a number from 1 to 99. The text form is the number without leading zeros (<c>"8"</c>,
/// <c>"15"</c>); parsing accepts one or two ASCII digits, so <c>"01"</c> and <c>"1"</c> are the same code.
/// Sub-codes such as <c>"08.01"</c> are not service codes here and do not parse.</para>
/// <para>Equality and order are those of the number. Whether a code exists, or existed on a date, is not
/// checked here (10 is a well-formed code that no catalogue knows): ask <see cref="ServiceCatalogue.Lookup"/>.</para>
/// <para><c>default(ServiceCode)</c> is an unset value with number 0: it formats as <c>"0"</c>, does not parse and
/// is unknown to every catalogue.</para>
/// <para>In JSON a code is its text form (<c>"15"</c>); see <see cref="ServiceCodeJsonConverter"/>.</para>
/// </remarks>
[JsonConverter(typeof(ServiceCodeJsonConverter))]
public readonly struct ServiceCode : IEquatable<ServiceCode>, IComparable<ServiceCode>, IComparable, IFormattable
{
    /// <summary>The smallest number a service code can have.</summary>
    public const int MinNumber = 1;

    /// <summary>The largest number a service code can have (codes are at most two digits).</summary>
    public const int MaxNumber = 99;

    private readonly byte _number;

    private ServiceCode(int number) => _number = (byte)number;

    /// <summary>The code's number, 1–99 (0 for <c>default(ServiceCode)</c>).</summary>
    public int Number => _number;

    /// <summary>Creates the code with a given number.</summary>
    /// <param name="number">The number, 1–99.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 1–99.</exception>
    public static ServiceCode FromNumber(int number)
    {
        if (number < MinNumber || number > MaxNumber)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, $"A service code is a number from {MinNumber} to {MaxNumber}.");
        }
        return new ServiceCode(number);
    }

    /// <summary>Parses a code: one or two ASCII digits, value 1–99 (<c>"15"</c>, <c>"01"</c>, <c>"8"</c>).
    /// No sign, no white space, no sub-code.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a service code; the message quotes it.</exception>
    public static ServiceCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text.AsSpan(), out var code) ? code : throw new FormatException(ParseError(text));
    }

    /// <summary>Tries to parse a code as <see cref="Parse(string)"/> does.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a service code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ServiceCode code)
    {
        if (text is null)
        {
            code = default;
            return false;
        }
        return TryParse(text.AsSpan(), out code);
    }

    /// <summary>Tries to parse a code from characters, as <see cref="Parse(string)"/> does (no allocation).</summary>
    /// <param name="text">The characters.</param>
    /// <param name="code">The code, or <c>default</c> on failure.</param>
    /// <returns>Whether the text is a service code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ServiceCode code)
    {
        code = default;
        int number;
        if (text.Length == 1 && char.IsAsciiDigit(text[0]))
        {
            number = text[0] - '0';
        }
        else if (text.Length == 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]))
        {
            number = ((text[0] - '0') * 10) + (text[1] - '0');
        }
        else
        {
            return false;
        }
        if (number < MinNumber)
        {
            return false;
        }
        code = new ServiceCode(number);
        return true;
    }

    internal static string ParseError(string text)
    {
        var shown = text.Length > 20 ? text[..20] + "…" : text;
        return $"'{shown}' is not a service code: expected a number 1–99 written with one or two digits, e.g. \"15\", \"01\" or \"8\".";
    }

    /// <summary>The invariant text form: the number without leading zeros, e.g. <c>"8"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the code. <c>null</c>, <c>""</c> or <c>"G"</c>: the number (<c>"8"</c>); <c>"D2"</c>: two digits
    /// (<c>"08"</c>); <c>"N"</c>: number and name from <see cref="ServiceCatalogue.Default"/>, in Norwegian when the
    /// provider is a Norwegian culture (nb, nn, no) and in English otherwise (<c>"8 Avlastning i institusjon"</c>);
    /// an unknown code shows the number only.
    /// </summary>
    /// <param name="format">The format, see above.</param>
    /// <param name="formatProvider">The culture for <c>"N"</c>; null means the current culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is none of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        switch (format)
        {
            case null or "" or "G" or "g":
                return ToString();
            case "D2" or "d2":
                return _number.ToString("00", CultureInfo.InvariantCulture);
            case "N" or "n":
                var info = ServiceCatalogue.Default.Find(this);
                return info is null ? ToString() : ToString() + " " + info.DisplayName(formatProvider);
            default:
                throw new FormatException($"Unknown service code format '{format}': use G, D2 or N.");
        }
    }

    /// <inheritdoc/>
    public bool Equals(ServiceCode other) => _number == other._number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ServiceCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _number;

    /// <summary>Compares by number.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ServiceCode other) => _number.CompareTo(other._number);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ServiceCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a ServiceCode.", nameof(obj)),
    };

    /// <summary>Equality by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether they are the same code.</returns>
    public static bool operator ==(ServiceCode left, ServiceCode right) => left.Equals(right);

    /// <summary>Inequality by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ServiceCode left, ServiceCode right) => !left.Equals(right);

    /// <summary>Order by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> comes first.</returns>
    public static bool operator <(ServiceCode left, ServiceCode right) => left.CompareTo(right) < 0;

    /// <summary>Order by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> comes first or is equal.</returns>
    public static bool operator <=(ServiceCode left, ServiceCode right) => left.CompareTo(right) <= 0;

    /// <summary>Order by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> comes after.</returns>
    public static bool operator >(ServiceCode left, ServiceCode right) => left.CompareTo(right) > 0;

    /// <summary>Order by number.</summary>
    /// <param name="left">A code.</param>
    /// <param name="right">Another code.</param>
    /// <returns>Whether <paramref name="left"/> comes after or is equal.</returns>
    public static bool operator >=(ServiceCode left, ServiceCode right) => left.CompareTo(right) >= 0;
}
